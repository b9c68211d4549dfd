/**
 * A workflow step: `uses`/`with` (a local `./` action's directory, `actions/checkout`'s details),
 * `env` merged over the job's, `if`, `shell`, `working-directory`; the `${{ }}` expressions of its
 * scripts at their own lines; its `GITHUB_ENV`/`GITHUB_PATH` writes; and the commands of `run:` and
 * of known actions' command inputs (step-scripts.ts).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idsteps
 */
import { isRecord, trimTrailing, type Route, type Span } from '@inert/core';
import { botTestsIn } from './bot-tests.js';
import { actionCommands } from './action-inputs.js';
import type { Job, Located, Step } from './model.js';
import { wholeSecretsIn } from './secrets-context.js';
import { githubScriptEnvWrites } from './github-script-env.js';
import { envWrites, expressions, placeLines, stepScript } from './step-scripts.js';
import { strings, validatesWrapper } from './workflow-fields.js';
import type { WorkflowSource } from './workflow-source.js';

type Dict = Record<string, unknown>;

export function readStep(
  source: WorkflowSource,
  job: Job,
  raw: Dict,
  route: Route,
  index: number,
  defaultsRun: Dict,
): Step {
  const workflow = source.out.workflow;
  const step: Step = {
    index,
    at: source.locate(route),
    with: strings(raw.with),
    withAt: {},
    env: { ...job.env, ...strings(raw.env) },
    expressions: [],
  };
  source.unsecureCommands(raw.env, route, job.id);
  source.wholeSecrets(raw.env, [...route, 'env'], 'env', job.id, step);
  // github-script's `script:` is read below as a script, each expression at its own line.
  const scripted = typeof raw.uses === 'string' && raw.uses.split('@')[0] === 'actions/github-script';
  source.wholeSecrets(raw.with, [...route, 'with'], 'with', job.id, step, scripted ? 'script' : undefined);
  if (typeof raw.id === 'string') step.id = raw.id;
  if (typeof raw.name === 'string') step.name = raw.name;
  if (typeof raw.if === 'string' || typeof raw.if === 'boolean') {
    step.if = String(raw.if);
    step.ifAt = source.locate([...route, 'if']);
  }
  const shell =
    typeof raw.shell === 'string' ? raw.shell : typeof defaultsRun.shell === 'string' ? defaultsRun.shell : undefined;
  if (shell !== undefined) step.shell = shell;
  const cwd =
    typeof raw['working-directory'] === 'string'
      ? raw['working-directory']
      : typeof defaultsRun['working-directory'] === 'string'
        ? defaultsRun['working-directory']
        : undefined;
  if (cwd !== undefined) step.workingDirectory = cwd;
  if (isRecord(raw.with))
    for (const key of Object.keys(step.with))
      (step.withAt as Record<string, Located>)[key] = source.locate([...route, 'with', key]);
  if (typeof raw.uses === 'string') {
    step.uses = raw.uses;
    step.usesAt = source.locate([...route, 'uses']);
    const name = raw.uses.split('@')[0]!;
    if (raw.uses.startsWith('./')) step.localAction = trimTrailing(raw.uses.replace(/^\.\/+/, ''), '/');
    if (name === 'actions/checkout') {
      step.checkout = { persistCredentials: step.with['persist-credentials'] !== 'false', at: step.usesAt };
      if (step.with.ref !== undefined) step.checkout.ref = step.with.ref;
      if (step.with.repository !== undefined) step.checkout.repository = step.with.repository;
    }
    source.out.actions.push({
      uses: raw.uses,
      with: step.with,
      env: step.env,
      file: source.path,
      line: step.usesAt.line,
      column: step.usesAt.column,
      job: job.id,
      idToken: job.idToken,
    });
    if (validatesWrapper(raw.uses)) workflow.validatesWrapper = true;
    if (name === 'actions/github-script' && step.with.script !== undefined) {
      const span = source.span([...route, 'with', 'script']);
      step.expressions.push(...expressions(source, step.with.script, span, 'script'));
      const calls = githubScriptEnvWrites(step.with.script);
      if (calls.length > 0)
        step.envWrites = envWrites(source, step.with.script, span, calls).map((w) => ({ ...w, language: 'js' }));
      botTests(source, step, step.with.script, span, 'js');
    }
    for (const input of actionCommands(name, step.with)) {
      const at = source.span([...route, 'with', input.input]);
      stepScript(source, input.script, at, job, step, cwd, input.synthetic === true);
    }
  }
  if (typeof raw.run === 'string') {
    step.run = raw.run;
    const span = source.span([...route, 'run']);
    step.runAt = { file: source.path, line: span.line, column: span.column };
    step.expressions.push(...expressions(source, raw.run, span, 'run'));
    stepScript(source, raw.run, span, job, step, cwd, false);
    const writes = envWrites(source, raw.run, span);
    if (writes.length > 0) step.envWrites = writes;
    botTests(source, step, raw.run, span, 'shell');
  }
  for (const e of step.expressions)
    for (const found of wholeSecretsIn(e.text))
      (workflow.wholeSecrets ??= []).push({ ...found, where: e.input, at: e.at, job: job.id, step });
  return step;
}

/** Records the script's lines that trust a bot by the last actor, at their lines in the file. */
function botTests(source: WorkflowSource, step: Step, script: string, at: Span, language: 'shell' | 'js'): void {
  const found = botTestsIn(script, step.env, language);
  if (found.length === 0) return;
  const places = placeLines(source, at, found);
  step.botTests = found.map((b, i) => ({ text: b.text, context: b.context, at: places[i]! }));
}
