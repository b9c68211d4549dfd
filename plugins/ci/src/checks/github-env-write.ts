/**
 * Writes to `GITHUB_ENV`/`GITHUB_PATH` in a job an outsider can fire, of a value the outsider writes:
 * every later step then runs with the attacker's variables (`NODE_OPTIONS`, `LD_PRELOAD`, `BASH_ENV`)
 * or PATH.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, EnvFileWrite, Step } from '../model.js';
import { OUTSIDER_TRIGGERS, privileges } from '../privileges.js';
import { firstFetch, group, type Fetch } from './pr-code-in-privileged-trigger.js';
import { attackerPath } from './template-injection.js';
import { clip } from '../clip.js';

/** Variables the runner sets, whose values an outsider does not choose. */
const RUNNER_VARIABLES = new Set([
  'HOME',
  'PWD',
  'GITHUB_WORKSPACE',
  'GITHUB_ACTION_PATH',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_SHA',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  'RUNNER_OS',
  'RUNNER_ARCH',
]);
/** Contexts whose values come from the repository or the runner, not from the event's author. */
const SAFE_EXPRESSION =
  /^\$\{\{\s*(?:github\.(?:workspace|sha|run_id|run_number|run_attempt|repository|repository_owner|server_url|action_path|event\.(?:pull_request\.|issue\.)?number|event\.pull_request\.(?:base|head)\.sha|event\.workflow_run\.(?:id|head_sha))|runner\.\w+|matrix\.[\w-]+|steps\.[\w-]+\.outputs\.cache-hit)\s*\}\}$/;
/** Where a GITHUB_PATH entry points into the checkout (the pull request's files after a fetch). */
const WORKSPACE =
  /GITHUB_WORKSPACE|github\.workspace|\$PWD|\$\(pwd\)|`pwd`|node_modules\/\.bin|\.venv|(?:^|[\s"'=])\.\.?\//;

/** A command that prints data it reads (at the line's start or after a pipe), or an input redirection. */
const READS_DATA = /^(?:cat|jq|head|tail|sed|awk|cut|tr)\b/;
const READS_FILE = /\|\s*(?:cat|jq|head|tail|sed|awk|cut|tr)\b|(?:^|\s)<(?![<(])/;

type Value =
  | { kind: 'attacker'; what: string }
  | { kind: 'fetched'; fetch: Fetch }
  | { kind: 'runtime'; what: string }
  | { kind: 'constant' };

export const githubEnvWrite = defineCheck<CiModel>()({
  id: 'github-env-write',
  question: 'pre-install-execution',
  title: 'A privileged job writes an outsider\u2019s value into GITHUB_ENV or GITHUB_PATH',
  description:
    'A line written to the `GITHUB_ENV` file becomes an environment variable of every later step of the job, and a line written to `GITHUB_PATH` goes in front of their PATH. In a job an outsider can fire with the base repository\u2019s secrets and token (`pull_request_target`, `workflow_run`, `issue_comment` \u2026), a value the outsider controls there is code execution without any `${{ }}` in a script: a newline in a pull request title or an artifact\u2019s text adds `NODE_OPTIONS=--require=/tmp/x.js`, `LD_PRELOAD`, or `BASH_ENV`, and the next `npm ci`, `node` or `bash` step runs the attacker\u2019s code; a directory of the pull request\u2019s checkout on `GITHUB_PATH` (its `node_modules/.bin`, a `bin/` it ships) shadows `git`, `node` or `npm` for the rest of the job. GitHub Security Lab found exactly this in Litestar\u2019s `workflow_run` documentation-preview workflow, which wrote a value read from the triggering run\u2019s artifact into `GITHUB_ENV` (GHSL-2024-177, \u201cEnvironment Variable injection in an Actions workflow of Litestar\u201d, https://securitylab.github.com/advisories/GHSL-2024-177_Litestar/; checked in Litestar\u2019s own history: `.github/workflows/docs-preview.yml` at litestar-org/litestar@043e6714 runs on `workflow_run`, downloads the triggering run\u2019s `docs-preview` artifact and runs `echo "PR_NUMBER=$(cat docs-preview/.pr_number)" >> $GITHUB_ENV` in a job with `pull-requests: write` and a deploy-token secret; the advisory page itself was not read here); Legit Security showed the same class in Google and Apache workflows (https://www.legitsecurity.com/blog/github-privilege-escalation-vulnerability-0), and Synacktiv describes the environment variables that turn a write into execution (https://www.synacktiv.com/en/publications/github-actions-exploitation-repo-jacking-and-environment-manipulation). Unlike zizmor\u2019s `github-env`, which reports every write in such workflows, this check reads what is written: a constant or a runner path is not reported. It also follows the writes a step makes outside its own `run:`: the `run:` steps of the local composite action it uses (`uses: ./.github/actions/x`, with `${{ inputs.x }}` replaced by what the step passes in `with:`), a script it runs by path (`./scripts/ci-env.sh`, with the step\u2019s `env:`), and `actions/github-script`\u2019s `core.exportVariable(name, value)` and `core.addPath(dir)`, which append to the same files (https://github.com/actions/toolkit/tree/main/packages/core#exporting-variables): there an attacker\u2019s value is a `${{ }}` of the list of ci/template-injection or the same field read from `context.payload` (`context.payload.pull_request.title`). Each such write is reported once, at its own line, naming the step that makes it.',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'the value holds an attacker-controlled expression (a title, body, comment, branch name, commit message; directly, through a step `env:` variable, through a composite action\u2019s `inputs`, or as github-script\u2019s `context.payload` field) and the job shows secrets, a write-scoped token or OIDC',
    },
    {
      severity: 'high',
      when: 'the value holds an attacker-controlled expression and no privilege is visible; or it is read at run time after the job fetched the pull request\u2019s code or the triggering run\u2019s artifacts (a file of theirs, `$(cat pr.txt)`), or a `GITHUB_PATH` entry points into that checkout',
    },
    {
      severity: 'low',
      when: 'the value is computed at run time (a command\u2019s output, a variable, a step output) from a source the file does not show to be the outsider\u2019s',
    },
  ],
  confidence: 'medium',
  messages: {
    attacker:
      '`{text}`{via} writes {what} into `{target}` in job {job}, which runs on `{trigger}`: a newline in it sets any variable (`NODE_OPTIONS`, `LD_PRELOAD`) for every later step{evidence}',
    fetched:
      '`{text}`{via} writes a value read at run time into `{target}` in job {job}, which runs on `{trigger}` after it fetched {fetched} (line {fetchLine}): the file it reads is the outsider\u2019s{evidence}',
    path: '`{text}`{via} puts a directory of the checkout on `GITHUB_PATH` in job {job}, which runs on `{trigger}` after it fetched {fetched} (line {fetchLine}): the fetched files shadow `git`, `node` and `npm` for every later step{evidence}',
    runtime:
      '`{text}`{via} writes {what} into `{target}` in job {job}, which runs on `{trigger}`; whether an outsider controls it is not determinable from the file{evidence}',
  },
  remediation:
    'In a privileged job, write only constants and runner paths to `GITHUB_ENV`/`GITHUB_PATH`. Pass values between steps with `GITHUB_OUTPUT` and `env:`; validate what comes from an artifact or the event (`[[ "$PR" =~ ^[0-9]+$ ]]`) before using it; never add a directory of the pull request\u2019s checkout to PATH. Better, move the work that touches the pull request to a `pull_request` job without secrets.',
  limitations:
    'Writes are read in `run:` scripts, the local composite actions a step uses and the local actions those use (three levels deep, each level\u2019s `${{ inputs.x }}` replaced by its caller\u2019s `with:`; an action already on the way — a cycle — is not read again), the scripts a step runs by path (one level), and github-script calls; not in third-party actions, nor `GITHUB_OUTPUT` (a newline there sets another output of the step, which matters only where that output is expanded: ci/template-injection). In github-script, a value held in a variable first (`const t = context.payload.pull_request.title; core.exportVariable(\'T\', t)`) is "computed by the script" (low). A value is judged by its text: a variable set by an earlier step through `GITHUB_ENV` itself, or a step output, is "computed at run time" even when its source is the event. Writes in workflows that run only on `push`, `pull_request`, `schedule` or `workflow_dispatch` are not reported: there the writer already controls the job.',
  reads: ['ci'],
  examples: {
    bad: [
      'github-env-write--privileged-env-files',
      'github-env-write--called-actions-and-scripts',
      'github-env-write--nested-local-actions',
    ],
    good: ['clean--environment-files', 'clean--env-writes-in-called-code'],
  },
  since: 'next',
  run(model, report) {
    const index = group(model);
    // A local action or script used by several privileged jobs is reported once per line, at its worst.
    const found = new Map<string, { severity: Severity; finding: Parameters<typeof report>[0] }>();
    for (const workflow of model.workflows) {
      if (workflow.composite) continue;
      const trigger = workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      if (!trigger) continue;
      for (const job of workflow.jobs) {
        let fetch: Fetch | undefined | null = null;
        let evidence: string[] | undefined;
        for (const step of job.steps) {
          for (const write of step.envWrites ?? []) {
            if (fetch === null) fetch = firstFetch(job, trigger, index.byStep);
            const fetched = fetch && fetch.step <= step.index ? fetch : undefined;
            const value = judge(write, step, fetched);
            if (value.kind === 'constant') continue;
            evidence ??= privileges(job);
            const severity: Severity =
              value.kind === 'attacker'
                ? evidence.length > 0
                  ? 'critical'
                  : 'high'
                : value.kind === 'fetched'
                  ? 'high'
                  : 'low';
            const data = {
              text: clip(write.text),
              via: write.via === undefined ? '' : ` (in ${write.via}, used by step ${stepName(step)})`,
              target: write.target,
              job: job.id,
              trigger,
              evidence: evidence.length > 0 ? `; the job has ${evidence.join(', ')}` : '',
              what: value.kind === 'attacker' || value.kind === 'runtime' ? value.what : '',
              fetched: value.kind === 'fetched' ? `\`${clip(value.fetch.text)}\`` : '',
              fetchLine: value.kind === 'fetched' ? String(value.fetch.at.line) : '',
            };
            const where = `${write.at.file}:${write.at.line}:${write.at.column}`;
            const before = found.get(where);
            if (before && RANK[before.severity] >= RANK[severity]) continue;
            found.set(where, {
              severity,
              finding: {
                messageId:
                  value.kind === 'fetched' ? (write.target === 'GITHUB_PATH' ? 'path' : 'fetched') : value.kind,
                data,
                at: write.at,
                evidence: clip(write.text),
                severity,
                key: `${write.at.line}:${write.at.column}`,
              },
            });
          }
        }
      }
    }
    for (const { finding } of found.values()) report(finding);
  },
});

const RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

function stepName(step: Step): string {
  return step.name ?? step.id ?? String(step.index + 1);
}

/** What the written value is made of. */
function judge(write: EnvFileWrite, step: Step, fetched: Fetch | undefined): Value {
  if (write.language === 'js') return judgeCall(write, fetched);
  const env = write.env ?? step.env;
  // `cat >> "$GITHUB_ENV" <<EOF`: the heredoc's body is what is written.
  const lines = write.value.split('\n');
  const value =
    lines.length > 1 && /^cat\b[^<]*<<-?[ \t]*['"]?\w/.test(lines[0]!.trim()) ? lines.slice(1).join('\n') : write.value;
  for (const expression of expressionsIn(value)) {
    const path = attackerPath(expression);
    if (path) return { kind: 'attacker', what: `\`${path}\`` };
  }
  const variables = variablesIn(value);
  for (const name of variables) {
    const set = env[name];
    const path = set === undefined ? undefined : attackerPath(set);
    if (path) return { kind: 'attacker', what: `\`$${name}\` (set from \`${path}\`)` };
  }
  if (fetched && write.target === 'GITHUB_PATH' && WORKSPACE.test(value)) return { kind: 'fetched', fetch: fetched };
  const runtime = runtimeSource(value, variables, env);
  if (!runtime) return { kind: 'constant' };
  if (fetched) return { kind: 'fetched', fetch: fetched };
  return { kind: 'runtime', what: runtime };
}

/**
 * A github-script `core.exportVariable`/`core.addPath` call: attacker-controlled when its arguments
 * hold an attacker's `${{ }}` or read the same value from `context.payload` (the event, as
 * `github.event`); constant when they are string literals only.
 */
function judgeCall(write: EnvFileWrite, fetched: Fetch | undefined): Value {
  for (const expression of expressionsIn(write.value)) {
    const path = attackerPath(expression);
    if (path) return { kind: 'attacker', what: `\`${path}\`` };
  }
  const payload = attackerPath(write.value.replace(/\bcontext\s*\.\s*payload\b/g, 'github.event'));
  if (payload) return { kind: 'attacker', what: `\`${payload.replace('github.event', 'context.payload')}\`` };
  if (LITERALS_ONLY.test(write.value.replace(SAFE_CONTEXT, "''").trim())) return { kind: 'constant' };
  if (fetched) return { kind: 'fetched', fetch: fetched };
  for (const e of expressionsIn(write.value))
    if (!SAFE_EXPRESSION.test(e)) return { kind: 'runtime', what: `\`${clip(e)}\`` };
  return { kind: 'runtime', what: 'a value the script computes' };
}

/** Arguments that are only string literals without `${`, joined by `,` or `+`: `'NAME', 'v' + 'w'`. */
const LITERALS_ONLY = /^(?:'[^'\\$]*'|"[^"\\$]*")(?:\s*[+,]\s*(?:'[^'\\$]*'|"[^"\\$]*"))*\s*,?$/;
/** github-script context values the repository or the runner fixes (numbers, the repository, the commit). */
const SAFE_CONTEXT =
  /\bcontext\.(?:payload\.(?:pull_request\.|issue\.)?number|issue\.number|repo\.(?:owner|repo)|sha|runId|runNumber|workflow)\b/g;

/** A part of the value the file does not fix: a substitution, a command that reads data, a variable, an expression. */
function runtimeSource(
  value: string,
  variables: readonly string[],
  env: Readonly<Record<string, string>>,
): string | undefined {
  if (value.includes('$(') || value.includes('`')) return 'a command\u2019s output';
  // Line by line: a multiline `^\s*` would rescan runs of newlines.
  if (value.split('\n').some((line) => READS_DATA.test(line.trimStart()) || READS_FILE.test(line)))
    return 'data read at run time';
  for (const e of expressionsIn(value)) if (!SAFE_EXPRESSION.test(e)) return `\`${clip(e)}\``;
  for (const name of variables) {
    if (RUNNER_VARIABLES.has(name)) continue;
    const set = env[name];
    if (set !== undefined && !set.includes('${{')) continue;
    if (set !== undefined && expressionsIn(set).every((e) => SAFE_EXPRESSION.test(e))) continue;
    return `\`$${name}\``;
  }
  return undefined;
}

/** The `${{ … }}` expressions of a text; linear. */
function expressionsIn(text: string): string[] {
  const out: string[] = [];
  let start = text.indexOf('${{');
  while (start >= 0) {
    const end = text.indexOf('}}', start + 3);
    if (end < 0) break;
    out.push(text.slice(start, end + 2));
    start = text.indexOf('${{', end + 2);
  }
  return out;
}

/** `$NAME`, `${NAME}`, `$env:NAME`, `%NAME%` references, runner targets excluded. */
function variablesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\$(?:env:)?\{?([A-Z_]\w*)|%([A-Z_]\w*)%/gi)) {
    const name = m[1] ?? m[2]!;
    if (name !== 'GITHUB_ENV' && name !== 'GITHUB_PATH') out.add(name);
  }
  return [...out];
}
