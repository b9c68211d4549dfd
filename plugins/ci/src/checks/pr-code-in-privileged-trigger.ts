/**
 * A `pull_request_target` or `workflow_run` job that fetches the pull request's code (or the triggering
 * run's artifacts) and then installs, builds or runs it: a "pwn request".
 * https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiCommand, CiModel, CiVerdict, CiWorkflow, Job, Located, Permissions, Step } from '../model.js';
import { basename } from '../script.js';
import { privileges } from '../privileges.js';
import { outsiderRunWritesCache } from '../caches.js';
import { clip } from '../clip.js';
import { prCodeInPrivilegedTriggerMeta } from './pr-code-in-privileged-trigger.meta.js';

const PRIVILEGED = ['pull_request_target', 'workflow_run'];

/** Expressions that name the pull request's (or the triggering run's) head rather than the base. */
const PR_HEAD =
  /github\.event\.pull_request\.head\.(?:sha|ref|repo\.full_name)|github\.head_ref|github\.event\.workflow_run\.(?:head_sha|head_branch|head_repository\.full_name)|refs\/pull\/|github\.event\.pull_request\.merge_commit_sha/;

export interface Fetch {
  kind: 'checkout' | 'artifact' | 'git';
  at: Located;
  text: string;
  /** Index of the step in its job. */
  step: number;
  /** The fetching step's `uses:` (`actions/checkout@v4`), when it is an action. */
  uses?: string;
  /** actions/checkout refuses fork pull requests' code here (v7, and floating majors since the July 2026 backport). */
  guarded: boolean;
}

export const prCodeInPrivilegedTrigger = defineCheck<CiModel>()({
  ...prCodeInPrivilegedTriggerMeta,
  run(model, report) {
    // Grouped once, so each job reads only its own commands and verdicts: linear in the model.
    const index = group(model);
    for (const workflow of model.workflows) {
      const trigger = workflow.triggers.find((t) => PRIVILEGED.includes(t));
      if (!trigger) continue;
      for (const job of workflow.jobs) {
        const fetch = firstFetch(job, trigger, index.byStep);
        if (!fetch) continue;
        const run = firstRun(job, fetch, index);
        if (!run) continue;
        const reached = reach(job, workflow);
        const severity: Severity = fetch.guarded ? 'low' : reached.severity;
        report({
          messageId: fetch.guarded ? 'guarded' : fetch.kind === 'artifact' ? 'artifact' : 'checkout',
          data: {
            job: job.id,
            trigger,
            fetched: clip(fetch.text),
            fetchLine: String(fetch.at.line),
            command: clip(run.text),
            runs: run.runs,
            evidence: reached.text,
            uses: clip(fetch.uses ?? fetch.text),
          },
          at: run.at,
          evidence: run.text,
          severity,
          key: `${job.id}:${fetch.at.line}`,
        });
      }
    }
  },
});

/**
 * What the pull request's code can take in this job, and the severity that follows: secrets, a write
 * scope or OIDC (critical); a cache write (high); the repository's default token, which the files
 * cannot show (medium); a read-only token and nothing else (low).
 */
export function reach(job: Job, workflow: CiWorkflow): { severity: Severity; text: string } {
  const held = privileges(job);
  if (held.length > 0) return { severity: 'critical', text: `, with ${held.join(', ')}` };
  if (outsiderRunWritesCache(job))
    return {
      severity: 'high',
      text: `; no secret, write scope or OIDC token is visible, but \`cache-mode: ${clip(job.cacheMode?.trim() ?? '')}\` gives the run write access to the default branch\u2019s cache, which other workflows (a release among them) restore`,
    };
  const p = job.permissions;
  if (p.kind === 'default')
    return {
      severity: 'medium',
      text: '; no secret, OIDC token or cache write is visible, but neither the job nor the workflow sets `permissions:`, so the token has the repository\u2019s default permissions (read/write in every scope under GitHub\u2019s \u201cpermissive\u201d default, `contents: read` under the \u201crestricted\u201d one: a setting, not a file)',
    };
  const written = writtenScopes(p);
  if (written.length > 0)
    return {
      severity: 'medium',
      text: `, with a token that writes ${written.map((s) => `\`${s}\``).join(', ')} (no secret, OIDC token or cache write is visible)`,
    };
  const at = job.permissionsAt ?? workflow.permissionsAt;
  return {
    severity: 'low',
    text: `; the token is read-only (\`permissions:\`${at ? ` at line ${at.line}` : ''}), no secret, OIDC token or cache write is visible and the cache is read-only for this trigger, so the code runs with nothing of the base repository\u2019s to take or change`,
  };
}

/** Scopes the token writes (privileges() has already named the ones that matter most). */
function writtenScopes(p: Permissions): string[] {
  if (p.kind === 'all') return p.level === 'write' ? ['write-all'] : [];
  if (p.kind === 'scoped') return Object.keys(p.scopes).filter((s) => p.scopes[s] === 'write' && s !== 'id-token');
  return [];
}

/** The first step of the job that brings the pull request's code (or its run's artifacts) onto the runner. */
export function firstFetch(job: Job, trigger: string, byStep: ReadonlyMap<Step, CiCommand[]>): Fetch | undefined {
  for (const step of job.steps) {
    const c = step.checkout;
    if (c && (PR_HEAD.test(c.ref ?? '') || PR_HEAD.test(c.repository ?? ''))) {
      return {
        kind: 'checkout',
        step: step.index,
        at: c.at,
        text: `ref: ${c.ref ?? c.repository}`,
        ...(step.uses !== undefined ? { uses: step.uses } : {}),
        guarded: guarded(step),
      };
    }
    const name = step.uses?.split('@')[0];
    if (
      trigger === 'workflow_run' &&
      step.usesAt &&
      (name === 'dawidd6/action-download-artifact' ||
        (name === 'actions/download-artifact' && /workflow_run/.test(step.with['run-id'] ?? '')))
    ) {
      return { kind: 'artifact', step: step.index, at: step.usesAt, text: `uses: ${step.uses}`, guarded: false };
    }
    for (const c of byStep.get(step) ?? []) {
      const fetched = runFetch(c.command.argv, trigger);
      if (fetched)
        return {
          kind: fetched,
          step: step.index,
          at: { file: c.command.file, line: c.command.line, column: c.command.column },
          text: clip(c.command.text),
          guarded: false,
        };
    }
  }
  return undefined;
}

/** `gh pr checkout`, `git fetch … pull/N/head`, `git checkout <pr head>`; `gh run download` in a workflow_run job. */
function runFetch(argv: readonly string[], trigger: string): 'git' | 'artifact' | undefined {
  const [program = '', verb = '', ...rest] = argv;
  if (program === 'gh' && verb === 'pr' && rest[0] === 'checkout') return 'git';
  if (program === 'gh' && verb === 'run' && rest[0] === 'download' && trigger === 'workflow_run') return 'artifact';
  if (
    program === 'git' &&
    ['fetch', 'checkout', 'switch', 'pull'].includes(verb) &&
    rest.some((a) => /(?:^|:|\/)pull\/[^/]+\/(?:head|merge)\b/.test(a) || PR_HEAD.test(a))
  )
    return 'git';
  return undefined;
}

/** v7 or later refuses; so do floating major tags v4–v6 after the July 2026 backport. Commit and minor/patch pins are not known to. */
function guarded(step: Step): boolean {
  if (step.with['allow-unsafe-pr-checkout'] === 'true') return false;
  const ref = step.uses?.split('@')[1] ?? '';
  const major = /^v(\d+)(?:\.\d+)*$/.exec(ref);
  if (!major) return false;
  const n = Number(major[1]);
  return n >= 7 || (n >= 4 && !ref.includes('.'));
}

/** The first install, build or run of fetched code after the fetch, in the same job. */
function firstRun(job: Job, fetch: Fetch, index: Index): { at: Located; text: string; runs: string } | undefined {
  const after = (at: Located) =>
    at.line > fetch.at.line || (at.line === fetch.at.line && fetch.kind === 'git' && at.column > fetch.at.column);
  const candidates: { at: Located; text: string; runs: string }[] = [];
  // A fetch inside a script the step calls: the workflow's own verdicts count from the next step on.
  const nextStep = job.steps.find((st) => st.index > fetch.step)?.at.line ?? Infinity;
  for (const v of index.byJob.get(job)?.verdicts ?? []) {
    if (
      !(v.at.file === fetch.at.file ? after(v.at) : v.at.line >= nextStep) ||
      v.verdict.action === 'other' ||
      v.verdict.action === 'publish'
    )
      continue;
    // With scripts disabled the install fetches but runs nothing of the pull request's.
    if (v.verdict.action === 'install' && /(?:^|\s)--ignore-scripts(?:\s|=true|$)/.test(v.text)) continue;
    candidates.push({
      at: v.at,
      text: v.text,
      runs:
        v.verdict.action === 'install'
          ? (INSTALL_RUNS[v.ecosystem] ?? INSTALL_RUNS.default!)
          : 'builds it, running its build logic',
    });
  }
  for (const step of job.steps) {
    if (step.localAction !== undefined && step.usesAt && after(step.usesAt))
      candidates.push({
        at: step.usesAt,
        text: `uses: ${step.uses}`,
        runs: 'runs an action whose action.yml comes from the pull request',
      });
  }
  // Files put back from another ref after the fetch (`git restore -s main -- bin/bundle`) are not the pull request's.
  const restored = new Set<string>();
  for (const c of index.byJob.get(job)?.commands ?? []) {
    if (c.dynamic) continue;
    const at = { file: c.command.file, line: c.command.line, column: c.command.column };
    // A script the step calls has lines of its own file: order by step there.
    const later = at.file === fetch.at.file ? after(at) : (c.step?.index ?? -1) > fetch.step;
    if (!later) continue;
    for (const path of restoredPaths(c.command.argv)) restored.add(path);
    const runs = restored.has(normal(c.command.argv[0] ?? '')) ? undefined : runsProjectCode(c.command.argv);
    if (runs) candidates.push({ at, text: c.command.text, runs });
  }
  return candidates.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)[0];
}

/** Paths after `--` of `git restore --source <ref>` or `git checkout <ref> --`. */
function restoredPaths(argv: readonly string[]): string[] {
  if (argv[0] !== 'git' || (argv[1] !== 'restore' && argv[1] !== 'checkout')) return [];
  const dashes = argv.indexOf('--');
  if (dashes < 0) return [];
  const options = argv.slice(2, dashes);
  const fromRef =
    argv[1] === 'checkout'
      ? options.some((a) => !a.startsWith('-'))
      : options.some((a) => a === '-s' || a.startsWith('--source') || a.startsWith('-s'));
  return fromRef ? argv.slice(dashes + 1).map(normal) : [];
}

function normal(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}

const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
const SCRIPT_VERBS = new Set(['run', 'run-script', 'test', 't', 'start', 'exec', 'x']);
const INTERPRETERS = new Set(['sh', 'bash', 'python', 'python3', 'node', 'ruby', 'perl', 'pwsh']);

/**
 * Programs that run files of the checkout: `./build.sh`, `scripts/test`, `make`, `npm test`/`run`,
 * `python tools/x.py`; absolute paths and programs on PATH are not the pull request's.
 */
function runsProjectCode(argv: readonly string[]): string | undefined {
  const program = argv[0] ?? '';
  const name = basename(program);
  if (program.includes('/') && !program.startsWith('/') && !program.startsWith('$') && !program.startsWith('~'))
    return 'runs a file of the pull request';
  if (name === 'make' || name === 'just' || name === 'rake')
    return `runs the pull request\u2019s ${name === 'make' ? 'Makefile' : name === 'just' ? 'justfile' : 'Rakefile'}`;
  if (SCRIPT_RUNNERS.has(name) && SCRIPT_VERBS.has(argv[1] ?? ''))
    return 'runs a script of the pull request\u2019s package.json';
  const file = argv[1] ?? '';
  if (INTERPRETERS.has(name) && /\.(?:sh|py|js|mjs|cjs|ts|rb|pl|ps1)$/.test(file) && !file.startsWith('/'))
    return 'runs a file of the pull request';
  return undefined;
}

export interface Index {
  byStep: Map<Step, CiCommand[]>;
  byJob: Map<Job, { commands: CiCommand[]; verdicts: CiVerdict[] }>;
}

/**
 * Commands by step and job; verdicts by the job whose lines hold them (a verdict names its job by id
 * only, and ids repeat across files).
 */
export function group(model: CiModel): Index {
  const index: Index = { byStep: new Map(), byJob: new Map() };
  const jobOf = new Map<string, { job: Job; from: number; to: number }[]>();
  for (const w of model.workflows) {
    const starts = w.jobs.map((j) => j.at.line);
    w.jobs.forEach((job, i) => {
      index.byJob.set(job, { commands: [], verdicts: [] });
      const ranges = jobOf.get(`${w.path}\0${job.id}`) ?? [];
      ranges.push({ job, from: job.at.line, to: starts[i + 1] ?? Infinity });
      jobOf.set(`${w.path}\0${job.id}`, ranges);
    });
  }
  for (const c of model.commands) {
    if (c.step) {
      const list = index.byStep.get(c.step);
      if (list) list.push(c);
      else index.byStep.set(c.step, [c]);
    }
    if (c.jobModel) index.byJob.get(c.jobModel)?.commands.push(c);
  }
  for (const v of model.verdicts) {
    const ranges = jobOf.get(`${v.at.file}\0${v.job ?? ''}`) ?? [];
    const hit = ranges.find((r) => v.at.line > r.from && v.at.line < r.to);
    if (hit) index.byJob.get(hit.job)!.verdicts.push(v);
  }
  return index;
}

const INSTALL_RUNS: Record<string, string> = {
  npm: 'runs the pull request\u2019s package.json lifecycle scripts (`preinstall`, `install`, `postinstall`, `prepare`) and its dependencies\u2019, and resolves through the pull request\u2019s own .npmrc',
  pip: 'builds the pull request\u2019s sdists and local projects, running their setup.py or build backends, and resolves through the pull request\u2019s own pip.conf, requirements options or index settings',
  cargo:
    'compiles and runs the pull request\u2019s build.rs scripts and proc-macros, through the pull request\u2019s .cargo/config.toml',
  gem: 'runs the pull request\u2019s Gemfile (Ruby code) and gems\u2019 native extension builds',
  go: 'fetches modules through the pull request\u2019s go.mod replace directives and GOFLAGS/GOPROXY settings',
  gradle: 'runs the pull request\u2019s Gradle build logic, wrapper and plugins',
  default: 'runs the pull request\u2019s install hooks',
};
