/**
 * github-script's writes to the environment files: `core.exportVariable(name, value)` appends to
 * `GITHUB_ENV` and `core.addPath(dir)` to `GITHUB_PATH`, as `echo … >> "$GITHUB_ENV"` does.
 * https://github.com/actions/toolkit/tree/main/packages/core#exporting-variables
 * https://github.com/actions/github-script#actionsgithub-script
 */
import type { ScriptEnvWrite } from './env-writes.js';

const CALL = /\bcore\s*\.\s*(exportVariable|addPath)\s*\(/g;
/** Characters read for one call's arguments: a longer call is cut (its start is still reported). */
const MAX_ARGUMENTS = 2000;

/**
 * Each call with its argument text (up to the matching `)`, quotes and template literals skipped).
 * Linear: the arguments of one call are read at most MAX_ARGUMENTS characters, and calls are found
 * by one forward regex scan.
 */
export function githubScriptEnvWrites(script: string): ScriptEnvWrite[] {
  const out: ScriptEnvWrite[] = [];
  let lineStart = 0;
  let line = 0;
  for (const m of script.matchAll(CALL)) {
    // Lines are counted forward from the previous call.
    for (let i = script.indexOf('\n', lineStart); i >= 0 && i < m.index; i = script.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const lineText = script.slice(
      lineStart,
      script.indexOf('\n', m.index) < 0 ? undefined : script.indexOf('\n', m.index),
    );
    if (lineText.trimStart().startsWith('//')) continue;
    const args = argumentsAt(script, m.index + m[0].length);
    out.push({
      target: m[1] === 'addPath' ? 'GITHUB_PATH' : 'GITHUB_ENV',
      line,
      text: lineText.trim(),
      value: args,
    });
  }
  return out;
}

/** The text from `start` to the `)` that closes the call. */
function argumentsAt(script: string, start: number): string {
  let depth = 0;
  let quote = '';
  const end = Math.min(script.length, start + MAX_ARGUMENTS);
  for (let i = start; i < end; i++) {
    const c = script[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return script.slice(start, i);
      depth--;
    }
  }
  return script.slice(start, end);
}
