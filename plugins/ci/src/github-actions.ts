/**
 * GitHub Actions workflows and composite actions: `run:` scripts with exact lines, `uses:` steps,
 * `env:` at every level, `permissions` (id-token), matrix values, working-directory.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
import { splitLines, parseYaml, type ParseProblem, type ActionStep, type Route } from '@inert/core';
import { expandMatrix } from './matrix.js';
import { commandsFromScript, withinScalar, type ScriptContext } from './script.js';
import type { CiCommand, CiWorkflow } from './model.js';

export interface WorkflowRead {
  commands: CiCommand[];
  actions: ActionStep[];
  workflow: CiWorkflow;
}

type Dict = Record<string, unknown>;

export function readWorkflow(text: string, path: string): WorkflowRead | ParseProblem {
  const parsed = parseYaml(text, path);
  if (!parsed.ok) return parsed.problem;
  const doc = parsed.value.documents[0];
  const root = doc?.value;
  const out: WorkflowRead = { commands: [], actions: [], workflow: { path, validatesWrapper: false } };
  if (!doc || !isDict(root)) return out;
  const lines = splitLines(text);
  const locate = (route: Route) => doc.locate([{ route, part: 'value' }])[0]!;
  const workflowEnv = strings(root.env);
  const workflowIdToken = idToken(root.permissions);
  const jobs: [string, Dict, Route][] = isDict(root.jobs)
    ? Object.entries(root.jobs).filter((e): e is [string, Dict] => isDict(e[1])).map(([id, job]) => [id, job, ['jobs', id]])
    : isDict(root.runs) && Array.isArray(root.runs.steps) ? [['(composite)', { steps: root.runs.steps }, ['runs']]] : [];
  for (const [jobId, job, jobRoute] of jobs) {
    const jobToken = job.permissions === undefined ? workflowIdToken : idToken(job.permissions);
    const jobEnv = { ...workflowEnv, ...strings(job.env) };
    const matrix = isDict(job.strategy) && isDict(job.strategy.matrix) ? job.strategy.matrix : {};
    const defaultsRun = isDict(job.defaults) && isDict(job.defaults.run) ? job.defaults.run : {};
    if (typeof job.uses === 'string') {
      const at = locate([...jobRoute, 'uses']);
      out.actions.push({ uses: job.uses, with: strings(job.with), env: jobEnv, file: path, line: at.line, column: at.column, job: jobId, idToken: jobToken });
    }
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((step: unknown, i) => {
      if (!isDict(step)) return;
      const route = [...jobRoute, 'steps', i];
      const env = { ...jobEnv, ...strings(step.env) };
      if (typeof step.uses === 'string') {
        const at = locate([...route, 'uses']);
        const action: ActionStep = { uses: step.uses, with: strings(step.with), env, file: path, line: at.line, column: at.column, job: jobId, idToken: jobToken };
        out.actions.push(action);
        if (validatesWrapper(step.uses)) out.workflow.validatesWrapper = true;
      }
      if (typeof step.run !== 'string') return;
      const at = locate([...route, 'run']);
      const header = (lines[at.line - 1] ?? '').slice(at.column - 1);
      const block = /^[|>]/.test(header);
      const cwd = typeof step['working-directory'] === 'string' ? step['working-directory'] : typeof defaultsRun['working-directory'] === 'string' ? defaultsRun['working-directory'] : undefined;
      for (const script of expandMatrix(step.run, matrix)) {
        const context: ScriptContext = { file: path, firstLine: block ? at.line + 1 : at.line, firstColumn: block ? indentOf(lines[at.line] ?? '') + 1 : at.column, env, job: jobId, origin: 'github-actions', idToken: jobToken, indented: block, ...(cwd !== undefined ? { cwd } : {}) };
        for (const c of withinScalar(commandsFromScript(script, context), at, lines)) {
          out.commands.push(c);
          if (!out.workflow.gradlew && /(^|\/)gradlew(\.bat)?$/.test(c.command.argv[0] ?? '')) out.workflow.gradlew = { line: c.command.line, column: c.command.column };
        }
      }
    });
  }
  return out;
}

/** `gradle/actions/wrapper-validation`, the older `gradle/wrapper-validation-action`, and setup-gradle v4+ (validates by default). */
function validatesWrapper(uses: string): boolean {
  const [name, ref = ''] = uses.split('@');
  if (name === 'gradle/actions/wrapper-validation' || name === 'gradle/wrapper-validation-action') return true;
  const major = /^v?(\d+)/.exec(ref)?.[1];
  return name === 'gradle/actions/setup-gradle' && (major === undefined ? /^[0-9a-f]{40}$/.test(ref) : Number(major) >= 4);
}

function idToken(permissions: unknown): boolean {
  if (permissions === 'write-all') return true;
  return isDict(permissions) && permissions['id-token'] === 'write';
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isDict(value)) return out;
  for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  return out;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
