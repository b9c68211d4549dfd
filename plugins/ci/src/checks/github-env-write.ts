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
import { githubEnvWriteMeta } from './github-env-write.meta.js';

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
  ...githubEnvWriteMeta,
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
