/** Turns a script (a `run:` block, a GitLab script line, a Dockerfile RUN) into located CI commands. */
import type { ShellCommand, Span } from '@inert/core';
import type { CiCommand } from './model.js';
import { splitShell } from './shell-words.js';

export interface ScriptContext {
  file: string;
  /** File line of the script's first line, and the column its text starts at. */
  firstLine: number;
  firstColumn: number;
  env: Readonly<Record<string, string>>;
  job?: string;
  cwd?: string;
  origin: NonNullable<ShellCommand['origin']>;
  idToken?: boolean;
  /** Every line of the script starts at `firstColumn` (a YAML block scalar's indentation). */
  indented?: boolean;
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'command', 'exec', 'nohup', 'nice', 'xvfb-run']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);

/** Splits a script; `sh -c "…"` bodies are split too, at the line of the `sh` command. */
export function commandsFromScript(script: string, context: ScriptContext, depth = 0): CiCommand[] {
  const out: CiCommand[] = [];
  for (const pipeline of splitShell(script)) {
    const argvs = pipeline.commands.map((c) => unwrap(c.argv, c.assignments).argv);
    pipeline.commands.forEach((c, position) => {
      const { argv, env } = unwrap(c.argv, c.assignments);
      const line = context.firstLine + c.line;
      const column = c.line === 0 || context.indented ? context.firstColumn + c.column - 1 : c.column;
      const command: ShellCommand = {
        argv,
        env: { ...context.env, ...env },
        text: c.text,
        file: context.file,
        line,
        column,
        origin: context.origin,
        ...(context.job !== undefined ? { job: context.job } : {}),
        ...(context.cwd !== undefined ? { cwd: context.cwd } : {}),
        ...(context.idToken !== undefined ? { idToken: context.idToken } : {}),
      };
      const offset = c.argv.length - argv.length;
      out.push({ command, pipeline: argvs, position, substitutions: c.substitutions, dynamic: c.dynamicWords.includes(offset) });
      const inner = SHELLS.has(basename(argv[0] ?? '')) ? argv.indexOf('-c') : -1;
      if (inner > 0 && argv[inner + 1] !== undefined && depth < 3) {
        out.push(...commandsFromScript(argv[inner + 1]!, { ...context, firstLine: line, firstColumn: column, indented: false }, depth + 1));
      }
    });
  }
  return out;
}

/**
 * Keeps commands inside the text their script comes from (a YAML scalar, a Dockerfile instruction):
 * folded, quoted and escaped scalars (`"a\\nb"`, `>`, plain multi-line) and `sh -c "…"` bodies do not
 * map script lines and columns 1:1 to the file, so a command that would land outside the span's lines,
 * or past the end of its line, is reported at the span's start.
 */
export function withinScalar(commands: CiCommand[], scalar: Span, lines: readonly string[]): CiCommand[] {
  const last = Math.max(scalar.line, scalar.endLine ?? scalar.line);
  for (const { command } of commands) {
    const length = lines[command.line - 1]?.length ?? -1;
    if (command.line < scalar.line || command.line > last || command.column < 1 || command.column > length + 1) {
      command.line = scalar.line;
      command.column = scalar.column;
    }
  }
  return commands;
}

/** `sudo -E env CI=1 npm ci` → `npm ci` with `{ CI: '1' }`. */
function unwrap(argv: readonly string[], assignments: Readonly<Record<string, string>>): { argv: string[]; env: Record<string, string> } {
  const env = { ...assignments };
  let rest = [...argv];
  while (rest.length > 0 && WRAPPERS.has(basename(rest[0]!))) {
    rest = rest.slice(1);
    while (rest[0]?.startsWith('-')) rest = rest.slice(1);
    while (rest[0] && /^[A-Za-z_][A-Za-z_0-9]*=/.test(rest[0])) {
      const [k, ...v] = rest[0].split('=');
      env[k!] = v.join('=');
      rest = rest.slice(1);
    }
  }
  return { argv: rest, env };
}

export function basename(program: string): string {
  return program.slice(program.lastIndexOf('/') + 1);
}
