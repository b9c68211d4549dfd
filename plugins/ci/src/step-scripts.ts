/**
 * The scripts of a step read at their place in the file: the commands of a `run:` (or an action
 * input that is a command), the `${{ … }}` expressions GitHub substitutes into it, and its
 * `GITHUB_ENV`/`GITHUB_PATH` writes. Each is found by reading the scalar's lines forward: linear.
 */
import type { Span } from '@inert/core';
import { envFileWrites, type ScriptEnvWrite } from './env-writes.js';
import type { EnvFileWrite, Job, Located, ScriptExpression, Step } from './model.js';
import { commandsFromScript, withinScalar, type ScriptContext } from './script.js';
import { indentOf } from './workflow-fields.js';
import type { WorkflowSource } from './workflow-source.js';

/** Splits a script found in a YAML scalar at `at`; commands keep their file lines (a synthetic script, built from inputs, is reported at `at`). */
export function stepScript(
  source: WorkflowSource,
  script: string,
  at: Span,
  job: Job,
  step: Step,
  cwd: string | undefined,
  synthetic: boolean,
): void {
  const { lines, out } = source;
  const header = (lines[at.line - 1] ?? '').slice(at.column - 1);
  const block = /^[|>]/.test(header);
  const context: ScriptContext = {
    file: source.path,
    firstLine: block ? at.line + 1 : at.line,
    firstColumn: block ? indentOf(lines[at.line] ?? '') + 1 : at.column,
    env: step.env,
    job: job.id,
    origin: 'github-actions',
    problems: out.problems,
    idToken: job.idToken,
    indented: block,
    ...(cwd !== undefined ? { cwd } : {}),
    // Windows runners default to pwsh.
    ...(step.shell !== undefined ? { shell: step.shell } : /windows/i.test(job.runsOn ?? '') ? { shell: 'pwsh' } : {}),
  };
  const commands = commandsFromScript(script, context);
  if (synthetic) for (const c of commands) Object.assign(c.command, { line: at.line, column: at.column });
  for (const c of withinScalar(commands, at, lines)) {
    c.step = step;
    c.jobModel = job;
    c.workflow = out.workflow;
    out.commands.push(c);
    if (!out.workflow.gradlew && /(?:^|[/\\])gradlew(?:\.bat)?$/.test(c.command.argv[0] ?? ''))
      out.workflow.gradlew = { line: c.command.line, column: c.command.column };
  }
}

/**
 * The `${{ … }}` expressions of a script scalar, each at its place in the file: found by reading
 * the scalar's lines forward from the previous one. The first that cannot be found that way (an
 * escaped or folded scalar) and every one after it are placed at the scalar's start. Linear: the
 * cursor only moves forward.
 */
export function expressions(
  source: WorkflowSource,
  script: string,
  at: Span,
  input: ScriptExpression['input'],
): ScriptExpression[] {
  const out: ScriptExpression[] = [];
  const last = Math.max(at.line, at.endLine ?? at.line);
  let line = at.line;
  let column = at.column - 1;
  let lost = false;
  // Expressions do not nest: the next one starts after this one's `}}`, so each character is read once.
  let start = script.indexOf('${{');
  while (start >= 0) {
    const end = script.indexOf('}}', start + 3);
    if (end < 0) break;
    const text = script.slice(start, end + 2);
    let found: Located | undefined;
    while (!lost && line <= last) {
      const hit = (source.lines[line - 1] ?? '').indexOf(text, column);
      if (hit >= 0) {
        found = { file: source.path, line, column: hit + 1 };
        column = hit + text.length;
        break;
      }
      line++;
      column = 0;
    }
    if (!found) lost = true;
    out.push({ text, input, at: found ?? { file: source.path, line: at.line, column: at.column } });
    start = script.indexOf('${{', end + 2);
  }
  return out;
}

/**
 * Lines of a `run:` script that write `GITHUB_ENV`/`GITHUB_PATH` (or the github-script calls given in
 * `writes`), each found forward in the file from the previous one.
 */
export function envWrites(
  source: WorkflowSource,
  script: string,
  at: Span,
  writes: readonly ScriptEnvWrite[] = envFileWrites(script),
): EnvFileWrite[] {
  const places = placeLines(source, at, writes);
  return writes.map((w, i) => ({ target: w.target, value: w.value, text: w.text, at: places[i]! }));
}

/**
 * Where each line (`text`, in script order) of a script scalar at `at` is in the file, found forward
 * from the previous one; a line that cannot be found (an escaped or folded scalar), and every one
 * after it, is placed at the scalar's start. Linear: the cursor only moves forward.
 */
export function placeLines(source: WorkflowSource, at: Span, items: readonly { text: string }[]): Located[] {
  const out: Located[] = [];
  const last = Math.max(at.line, at.endLine ?? at.line);
  let line = at.line;
  let lost = false;
  for (const item of items) {
    let found: Located | undefined;
    while (!lost && line <= last) {
      const hit = (source.lines[line - 1] ?? '').indexOf(item.text);
      if (hit >= 0) {
        found = { file: source.path, line, column: hit + 1 };
        line++;
        break;
      }
      line++;
    }
    if (!found) lost = true;
    out.push(found ?? { file: source.path, line: at.line, column: at.column });
  }
  return out;
}
