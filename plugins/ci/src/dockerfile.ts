/** Dockerfiles: RUN (shell, exec and heredoc forms) with ENV/ARG in effect. https://docs.docker.com/reference/dockerfile/ */
import { assignmentsIn, splitLines, type ParseProblem } from '@inert/core';
import type { CiCommand } from './model.js';
import { commandsFromScript, pushAll, withinScalar } from './script.js';

/** RUN commands; a script over the commands budget adds a `limit` problem to `problems`. */
export function readDockerfile(text: string, path: string, problems: ParseProblem[]): CiCommand[] {
  const lines = splitLines(text);
  const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
  const out: CiCommand[] = [];
  let env: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    const m = instructionLine(first);
    if (!m || first.trimStart().startsWith('#')) continue;
    const instruction = m.keyword.toUpperCase();
    const rest = m.args;
    // Gather continuation lines; comment lines inside an instruction are dropped, as Docker does.
    const start = i;
    const body = [rest];
    while (body[body.length - 1]!.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      i++;
      if (lines[i]!.trimStart().startsWith('#')) {
        body.push(`${escape}`);
        continue;
      }
      body.push(lines[i]!);
    }
    const text = body.join('\n');
    if (instruction === 'FROM') env = {};
    else if (instruction === 'ENV' || instruction === 'ARG')
      Object.assign(env, assignments(text.replaceAll(`${escape}\n`, ' ')));
    else if (instruction === 'RUN') {
      const column = first.indexOf(rest) + 1;
      const commands = run(
        text,
        lines,
        i,
        { file: path, line: start + 1, column, env: { ...env }, problems },
        escape,
        (next) => (i = next),
      );
      pushAll(out, withinScalar(commands, { line: start + 1, column, endLine: i + 1 }, lines));
    }
  }
  return out;
}

/**
 * `KEYWORD args` of an instruction's first line, as `/^\s*([A-Z]+)\s+(.*)$/i` read it: `(\S.*)?` after
 * `\s+` instead of `(.*)`, so the two quantifiers cannot trade spaces (linear, #20 class 3).
 */
export function instructionLine(line: string): { keyword: string; args: string } | undefined {
  const m = /^\s*([A-Z]+)\s+(\S.*)?$/i.exec(line);
  return m ? { keyword: m[1]!, args: m[2] ?? '' } : undefined;
}

function run(
  text: string,
  lines: readonly string[],
  last: number,
  at: { file: string; line: number; column: number; env: Record<string, string>; problems: ParseProblem[] },
  escape: string,
  skipTo: (i: number) => void,
): CiCommand[] {
  let script = text.replace(/^(--[a-z-]+(=\S*)?\s+)+/, '');
  const column = at.column + (text.length - script.length);
  // RUN <<EOF … EOF: the body is the script.
  const heredoc = /^<<-?\s*["']?(\w+)["']?\s*$/.exec(script.trim());
  if (heredoc) {
    const body: string[] = [];
    let i = last + 1;
    while (i < lines.length && lines[i]!.trim() !== heredoc[1]) body.push(lines[i++]!);
    skipTo(i);
    return commandsFromScript(body.join('\n'), {
      file: at.file,
      firstLine: at.line + 1,
      firstColumn: 1,
      env: at.env,
      origin: 'dockerfile',
      problems: at.problems,
    });
  }
  // Exec form: RUN ["npm", "ci"]
  if (script.trim().startsWith('[')) {
    try {
      const argv = JSON.parse(script.replaceAll(`${escape}\n`, ' ')) as unknown;
      if (Array.isArray(argv) && argv.every((a) => typeof a === 'string'))
        script = argv.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
    } catch {
      // not JSON: Docker runs it as a shell command too
    }
  }
  if (escape === '`') script = script.replaceAll('`\n', '\\\n');
  return commandsFromScript(script, {
    file: at.file,
    firstLine: at.line,
    firstColumn: column,
    env: at.env,
    origin: 'dockerfile',
    problems: at.problems,
  });
}

/** `A=1 B="two words"` or the legacy `A value with spaces`. */
export function assignments(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const trimmed = text.trim();
  if (!/^[A-Z_]\w*=/i.test(trimmed)) {
    const [key, ...rest] = trimmed.split(/\s+/);
    if (key && /^[A-Z_]\w*$/i.test(key)) out[key] = rest.join(' ');
    return out;
  }
  for (const a of assignmentsIn(trimmed, isNameStart, isNameChar)) out[a.name] = a.value.replace(/^["']|["']$/g, '');
  return out;
}

/** `[A-Z_]\w*` with the `i` flag: a letter or `_`, then letters, digits and `_`. */
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39);
