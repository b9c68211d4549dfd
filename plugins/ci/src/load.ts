/**
 * Loads CI files into the model: workflows (following local `./` actions into their action.yml),
 * GitLab CI with local includes, Dockerfiles, and the shell scripts a step runs by path; then applies
 * every plugin's command rules.
 */
import { readerOf, type ClaimedFile, type ParseLimits, type ParseProblem, type ReadFile } from '@inert/core';
import { CI_FILES, type CiReader } from './files.js';

type Reader = (path: string, optional?: boolean) => Promise<string | undefined>;
import { actionPackages } from './action-inventory.js';
import { actionEnvWrites, scriptBotTests, scriptEnvWrites } from './called-env-writes.js';
import { classify, type JudgingRule } from './classify.js';
import { readDockerfile } from './dockerfile.js';
import { readMavenSettings } from './maven-settings-files.js';
import { readJreleaserConfigs } from './jreleaser-config.js';
import { baseImages } from './dockerfile-images.js';
import { readGitlabCi } from './gitlab-ci.js';
import { readWorkflow, type WorkflowRead } from './github-actions.js';
import type { CiCommand, CiModel, CiWorkflow, Job, Step } from './model.js';
import { basename, commandsFromScript, normalise, pushAll } from './script.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);
const MAX_INCLUDES = 20;
/** Local actions that use local actions: followed this deep. */
const MAX_ACTION_DEPTH = 3;

/** Whether the walk found a regular file at a path (LoadContext.isFile); without it, nothing named by another file is read. */
type IsFile = (path: string) => boolean;

export async function loadCi(
  files: readonly ClaimedFile[],
  readClaimed: ReadFile,
  rules: readonly JudgingRule[],
  isFile: IsFile = () => false,
  limits?: ParseLimits,
): Promise<CiModel> {
  // Files another file names (a script, a local action) are read only when the checkout holds them:
  // a word that is not a file is never an unreadable file.
  const read: Reader = (path, optional) => (optional && !isFile(path) ? Promise.resolve(undefined) : readClaimed(path));
  const model: CiModel = {
    problems: [],
    inventory: { commands: [], packages: [] },
    commands: [],
    actions: [],
    workflows: [],
    verdicts: [],
  };
  const gitlab: string[] = [];
  const actionFiles: ClaimedFile[] = [];
  const followed = new Set<string>();
  const pass: Pass = { model, read, followed, gitlab, actionFiles, limits };
  for (const file of files) {
    if (file.skipped) continue;
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(CI_FILES, file);
    if (reader !== undefined) await READERS[reader](pass, file);
  }
  // Actions no workflow here uses (a repository that publishes an action): read on their own.
  for (const file of actionFiles) {
    if (followed.has(file.path)) continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    const got = readWorkflow(text, file.path, limits);
    if ('kind' in got) model.problems.push(got);
    else add(model, got);
  }
  await readGitlab(model, gitlab, read, limits);
  pushAll(model.commands, await localScripts(model.commands, read, model.problems));
  pushAll(model.inventory.packages!, actionPackages(model.actions));
  await readMavenSettings(model, read);
  await readJreleaserConfigs(model, read);
  classify(model, rules);
  return model;
}

/** What the first pass over the claimed files shares: actions and GitLab files are read after it. */
interface Pass {
  model: CiModel;
  read: Reader;
  followed: Set<string>;
  gitlab: string[];
  actionFiles: ClaimedFile[];
  limits: ParseLimits | undefined;
}

/** What each of the CI plugin's readers (files.ts) does with a claimed file in the first pass. */
export const READERS: Record<CiReader, (pass: Pass, file: ClaimedFile) => Promise<void>> = {
  // Composite actions: after the workflows, unless a workflow here already followed one.
  action: (pass, file) => {
    pass.actionFiles.push(file);
    return Promise.resolve();
  },
  // GitLab files and their local includes: read together after the first pass.
  'gitlab-ci': (pass, file) => {
    pass.gitlab.push(file.path);
    return Promise.resolve();
  },
  dockerfile: async ({ model, read }, file) => {
    const text = await read(file.path);
    if (text === undefined) return;
    pushAll(model.commands, readDockerfile(text, file.path, model.problems));
    pushAll((model.baseImages ??= []), baseImages(text, file.path));
  },
  workflow: async ({ model, read, followed, limits }, file) => {
    const text = await read(file.path);
    if (text === undefined) return;
    const got = readWorkflow(text, file.path, limits);
    if ('kind' in got) {
      model.problems.push(got);
      return;
    }
    add(model, got);
    model.workflows.push(got.workflow);
    await followLocalActions(model, got.workflow, got.workflow.jobs, read, followed, 0, limits);
  },
};

function add(model: CiModel, got: WorkflowRead): void {
  pushAll(model.problems, got.problems);
  pushAll(model.commands, got.commands);
  pushAll(model.actions, got.actions);
}

/**
 * `uses: ./path` runs the composite action in path/action.yml with the calling job's token and
 * permissions: its steps are read as the caller's (once, for the first caller, so nothing repeats),
 * and a wrapper validation inside it counts for every workflow that uses it.
 */
async function followLocalActions(
  model: CiModel,
  workflow: CiWorkflow,
  jobs: readonly Job[],
  read: Reader,
  followed: Set<string>,
  depth: number,
  limits: ParseLimits | undefined,
): Promise<void> {
  if (depth >= MAX_ACTION_DEPTH) return;
  for (const job of jobs) {
    for (const step of job.steps) {
      if (step.localAction === undefined || step.localAction.includes('$')) continue;
      const dir = normalise(step.localAction);
      if (dir === undefined) continue;
      const path = await actionFile(dir, read);
      if (!path) continue;
      const text = await read(path.path);
      if (text === undefined) continue;
      const got = readWorkflow(text, path.path, limits);
      if ('kind' in got) {
        if (!followed.has(path.path)) model.problems.push(got);
        followed.add(path.path);
        continue;
      }
      if (got.workflow.validatesWrapper) workflow.validatesWrapper = true;
      await nestedActions(got.workflow, read, [path.path], depth + 1, limits, new Map());
      actionEnvWrites(step, got.workflow, dir);
      if (followed.has(path.path)) continue;
      followed.add(path.path);
      for (const c of got.commands) asCaller(c, workflow, job, step);
      for (const a of got.actions) Object.assign(a, { job: job.id, idToken: job.idToken });
      add(model, got);
      await followLocalActions(
        model,
        workflow,
        got.workflow.jobs.map((j) => ({ ...j, id: job.id, idToken: job.idToken, permissions: job.permissions })),
        read,
        followed,
        depth + 1,
        limits,
      );
    }
  }
}

/**
 * The env writes and bot tests of local actions an action's steps use, attached to those steps first so
 * the outermost caller gets them all (`${{ inputs.x }}` replaced at each level). Bounded by
 * MAX_ACTION_DEPTH; an action already on the way (`a` uses `b` uses `a`) is a cycle and is not read
 * again; each action file is read once per outermost action (`done`), so fan-out stays linear.
 */
async function nestedActions(
  action: CiWorkflow,
  read: Reader,
  stack: readonly string[],
  depth: number,
  limits: ParseLimits | undefined,
  done: Map<string, CiWorkflow>,
): Promise<void> {
  if (depth >= MAX_ACTION_DEPTH || !action.composite) return;
  for (const job of action.jobs)
    for (const step of job.steps) {
      if (step.localAction === undefined || step.localAction.includes('$')) continue;
      const dir = normalise(step.localAction);
      const path = dir === undefined ? undefined : await actionFile(dir, read);
      if (dir === undefined || !path || stack.includes(path.path)) continue;
      let nested = done.get(path.path);
      if (!nested) {
        const text = await read(path.path);
        const got = text === undefined ? undefined : readWorkflow(text, path.path, limits);
        if (!got || 'kind' in got) continue;
        nested = got.workflow;
        done.set(path.path, nested);
        await nestedActions(nested, read, [...stack, path.path], depth + 1, limits, done);
      }
      actionEnvWrites(step, nested, dir);
    }
}

function asCaller(c: CiCommand, workflow: CiWorkflow, job: Job, step: Step): void {
  Object.assign(c.command, { job: job.id, idToken: job.idToken, env: { ...step.env, ...c.command.env } });
  c.jobModel = job;
  c.step = step;
  c.workflow = workflow;
}

async function actionFile(dir: string, read: Reader): Promise<{ path: string } | undefined> {
  for (const name of ['action.yml', 'action.yaml']) {
    const path = dir === '' ? name : `${dir}/${name}`;
    if ((await read(path, true)) !== undefined) return { path };
  }
  return undefined;
}

/** GitLab files and their local includes (read even when not claimed: a CI file names them). */
async function readGitlab(
  model: CiModel,
  gitlab: string[],
  read: Reader,
  limits: ParseLimits | undefined,
): Promise<void> {
  const seen = new Set<string>();
  for (let i = 0; i < gitlab.length && i < MAX_INCLUDES; i++) {
    const path = gitlab[i]!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = await read(path);
    if (text === undefined) continue;
    const got = readGitlabCi(text, path, limits);
    if ('kind' in got) model.problems.push(got);
    else {
      pushAll(model.problems, got.problems);
      pushAll(model.commands, got.commands);
      pushAll((model.baseImages ??= []), got.images);
      pushAll(gitlab, got.includes);
    }
  }
}

/**
 * Scripts a CI step runs by path inside the checkout (`./scripts/release.sh`, `bash ci/x.sh`): read
 * (never run) and split, one level deep. Only a path the checkout holds is read: a program that is
 * not there (`.venv/bin/python`, a build output, `${{ env.X }}/uv`) is a program, not a missing file.
 */
async function localScripts(
  commands: readonly CiCommand[],
  read: Reader,
  problems: ParseProblem[],
): Promise<CiCommand[]> {
  const out: CiCommand[] = [];
  const done = new Set<string>();
  for (const c of commands) {
    const { command, dynamic } = c;
    if (dynamic) continue;
    const [program, first] = command.argv;
    const target =
      SHELLS.has(basename(program ?? '')) && first && !first.startsWith('-')
        ? first
        : program?.includes('/')
          ? program
          : undefined;
    if (!target || target.startsWith('/') || /(?:^|\/)gradlew(?:\.bat)?$/.test(target)) continue;
    if (!/(?:^|\/)[^/.]+$|\.(?:sh|bash)$/.test(target)) continue;
    const path = command.cwd?.includes('$') ? undefined : normalise(command.cwd ? `${command.cwd}/${target}` : target);
    if (!path || path.includes('$') || done.has(path)) continue;
    done.add(path);
    const text = await read(path, true);
    if (text === undefined) continue;
    if (c.step && c.command.origin === 'github-actions') {
      scriptEnvWrites(c.step, path, text);
      scriptBotTests(c.step, path, text, command.env);
    }
    for (const s of commandsFromScript(text, {
      file: path,
      firstLine: 1,
      firstColumn: 1,
      env: command.env,
      origin: 'script',
      problems,
      ...(command.job !== undefined ? { job: command.job } : {}),
      ...(command.idToken !== undefined ? { idToken: command.idToken } : {}),
    })) {
      if (c.step) s.step = c.step;
      if (c.jobModel) s.jobModel = c.jobModel;
      if (c.workflow) s.workflow = c.workflow;
      out.push(s);
    }
  }
  return out;
}
