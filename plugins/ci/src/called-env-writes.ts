/**
 * `GITHUB_ENV`/`GITHUB_PATH` writes (and tests of the last actor against a bot) a step makes outside
 * its own `run:` script, recorded on the step
 * so the checks judge them with the step's job, triggers and fetches: the `run:` steps of the local
 * composite action it uses (`${{ inputs.x }}` replaced by what the step passes in `with:`), and the
 * script it runs by path.
 * https://docs.github.com/en/actions/sharing-automations/creating-actions/creating-a-composite-action
 */
import { botTestsIn } from './bot-tests.js';
import { envFileWrites } from './env-writes.js';
import type { CiWorkflow, Step } from './model.js';

/** `${{ inputs.name }}` (also `inputs['name']`), the only form replaced. */
const INPUT = /\$\{\{\s*inputs(?:\.([\w-]+)|\[\s*'([\w-]+)'\s*\])\s*\}\}/g;

/** The writes of a composite action's steps, as the calling step makes them. */
export function actionEnvWrites(caller: Step, action: CiWorkflow, dir: string): void {
  if (!action.composite) return;
  const through = (text: string) =>
    text.replace(INPUT, (all, dotted?: string, indexed?: string) => caller.with[dotted ?? indexed ?? ''] ?? all);
  for (const job of action.jobs)
    for (const step of job.steps)
      for (const write of step.envWrites ?? []) {
        const env: Record<string, string> = { ...caller.env };
        for (const [k, v] of Object.entries(write.env ?? step.env)) env[k] = through(v);
        (caller.envWrites ??= []).push({
          ...write,
          value: through(write.value),
          env,
          via: viaAction(dir, write.via),
        });
      }
  for (const job of action.jobs)
    for (const step of job.steps)
      for (const test of step.botTests ?? []) (caller.botTests ??= []).push({ ...test, via: viaAction(dir, test.via) });
}

/** `the local action ./a`, or for a write it makes through another: `the local action ./a, through the local action ./b`. */
function viaAction(dir: string, inner: string | undefined): string {
  const own = `the local action \`./${dir}\``;
  return inner === undefined ? own : `${own}, through ${inner}`;
}

/** The lines of a script the step runs by path that trust a bot by the last actor. */
export function scriptBotTests(caller: Step, path: string, text: string, env: Readonly<Record<string, string>>): void {
  const lines = text.split('\n');
  for (const t of botTestsIn(text, env, 'shell'))
    (caller.botTests ??= []).push({
      text: t.text,
      context: t.context,
      at: { file: path, line: t.line + 1, column: Math.max(0, (lines[t.line] ?? '').indexOf(t.text)) + 1 },
      via: `the script \`${path}\``,
    });
}

/** The writes of a script the step runs by path, at their lines in the script. */
export function scriptEnvWrites(caller: Step, path: string, text: string): void {
  const writes = envFileWrites(text);
  if (writes.length === 0) return;
  const lines = text.split('\n');
  for (const w of writes)
    (caller.envWrites ??= []).push({
      target: w.target,
      value: w.value,
      text: w.text,
      at: { file: path, line: w.line + 1, column: Math.max(0, (lines[w.line] ?? '').indexOf(w.text)) + 1 },
      via: `the script \`${path}\``,
    });
}
