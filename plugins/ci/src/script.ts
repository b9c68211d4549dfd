/** Turns a script (a `run:` block, a GitLab script line, a Dockerfile RUN) into located CI commands. */
import { joinInside, type ParseProblem, type ShellCommand, type Span } from '@inert/core';
import type { CiCommand } from './model.js';
import { innerCommands } from './exec-commands.js';
import { exitsNonZero, failureMode, nativeErrorsStop, setsExitCode } from './script-failure.js';
import { basename } from './program-name.js';
import { splitShellWithin } from './shell-words.js';
import { treeCheck } from './verify-steps.js';

/**
 * Commands read from one script, `sh -c` bodies included. The largest real scripts in the corpus
 * (workflows of JabRef, typescript-eslint, mattermost) have under 1,000 commands in a whole file; a
 * script past this budget is hostile or generated, and its commands after the budget are not read:
 * the file gets a `limit` problem (a core/unparsed-file finding, the scan is incomplete), never a
 * silently shorter list. docs/security.md, "Budgets".
 */
export const MAX_SCRIPT_COMMANDS = 10_000;

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
  /** The step's `shell:` (`bash`, `pwsh`, `cmd`, `python` …), when set. */
  shell?: string;
  /** Where a script over MAX_SCRIPT_COMMANDS reports the commands it did not read. */
  problems: ParseProblem[];
  /** In an `sh -c` body that find or xargs runs: the word it replaces with its input (`{}`), unknown here. */
  placeholder?: string;
}

/** A command with where its words start in the unwrapped argv and the placeholder of the find/xargs that runs it. */
type Emitted = Omit<CiCommand, 'command'> & { start: number; placeholder?: string };

/** The working directory of a `find -execdir` command: each match's own, not known to a static read. */
const FIND_EXECDIR = '$(find -execdir)';

function placeholderIn(word: string | undefined, placeholder: string | undefined): boolean {
  return placeholder !== undefined && placeholder !== '' && word !== undefined && word.includes(placeholder);
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'command', 'exec', 'nohup', 'nice', 'xvfb-run', 'call', 'start']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);
/** `python -m <module>` runs the same client as `<module>` on PATH. */
const MODULE_CLIENTS = new Set([
  'pip',
  'pip3',
  'uv',
  'pipx',
  'poetry',
  'pdm',
  'pipenv',
  'twine',
  'conda',
  'build',
  'hatch',
  'flit',
  'maturin',
]);

/**
 * Splits a script; `sh -c "…"` bodies are split too, at the line of the `sh` command. A `cd` to a
 * literal directory moves the working directory of the commands after it in the same script.
 */
export function commandsFromScript(
  script: string,
  context: ScriptContext,
  depth = 0,
  budget = { left: MAX_SCRIPT_COMMANDS },
): CiCommand[] {
  const out: CiCommand[] = [];
  let cwd = context.cwd;
  const { pipelines, cut } = splitShellWithin(forShell(script, context.shell), budget.left);
  budget.left -= pipelines.reduce((n, p) => n + p.commands.length, 0);
  if (cut) {
    const line = context.firstLine + cut.line;
    context.problems.push({
      file: context.file,
      kind: 'limit',
      reason: `a script with more than ${MAX_SCRIPT_COMMANDS.toLocaleString('en')} commands: the commands from line ${line} on were not read (limit maxScriptCommands)`,
      line,
      column: cut.line === 0 || context.indented ? context.firstColumn + cut.column - 1 : cut.column,
    });
    budget.left = 0;
  }
  // Which failure ends the script: any under `set -e` (GitHub's bash and sh, GitLab), the last native program's under pwsh, else the last command's (script-failure.ts).
  const mode = failureMode(context.origin, context.shell, depth);
  // Per pipeline: a later command of the script exits non-zero (`exit 1`, `false`), as a failed check's branch does;
  // under pwsh, whether a later command may set $LASTEXITCODE.
  const exitsAfter: boolean[] = new Array<boolean>(pipelines.length).fill(false);
  const nativeAfter: boolean[] = new Array<boolean>(pipelines.length).fill(false);
  for (let k = pipelines.length - 2; k >= 0; k--) {
    const later = pipelines[k + 1]!.commands;
    exitsAfter[k] = exitsAfter[k + 1]! || later.some((c) => exitsNonZero(c.argv, mode));
    nativeAfter[k] = nativeAfter[k + 1]! || (mode === 'pwsh' && later.some((c) => setsExitCode(c.argv)));
  }
  let nativeStops = false;
  for (const [index, pipeline] of pipelines.entries()) {
    const unwrapped = pipeline.commands.map((c) => unwrap(c.argv, c.assignments));
    const argvs = unwrapped.map((u) => u.argv);
    const only = pipeline.commands.length === 1 ? unwrapped[0]!.argv : undefined;
    if (mode === 'pwsh' && only && nativeErrorsStop(only)) nativeStops = true;
    if (only && (only[0] === 'cd' || only[0] === 'pushd' || only[0] === 'Set-Location')) {
      const to = only[1];
      cwd = changeDirectory(
        cwd,
        to,
        pipeline.commands[0]!.dynamicWords.includes(1) || placeholderIn(to, context.placeholder),
      );
      continue;
    }
    pipeline.commands.forEach((c, position) => {
      const { argv, env } = unwrapped[position]!;
      const line = context.firstLine + c.line;
      const column = c.line === 0 || context.indented ? context.firstColumn + c.column - 1 : c.column;
      const offset = c.argv.length - argv.length;
      const shell: ShellCommand = {
        argv,
        env: Object.keys(env).length === 0 ? context.env : { ...context.env, ...env },
        text: c.text,
        file: context.file,
        line,
        column,
        origin: context.origin,
        ...(context.job !== undefined ? { job: context.job } : {}),
        ...(cwd !== undefined ? { cwd } : {}),
        ...(context.idToken !== undefined ? { idToken: context.idToken } : {}),
      };
      const dynamic = c.dynamicWords.includes(offset) || placeholderIn(argv[0], context.placeholder);
      const emit = (command: ShellCommand, ci: Emitted, level: number): void => {
        const { start: _start, placeholder: _placeholder, ...read } = ci;
        out.push({ command, ...read });
        const inner = SHELLS.has(basename(command.argv[0] ?? '')) ? command.argv.indexOf('-c') : -1;
        if (inner > 0 && command.argv[inner + 1] !== undefined && depth < 3) {
          const inherited: ScriptContext = { ...context, firstLine: line, firstColumn: column, indented: false };
          delete inherited.shell;
          if (command.cwd !== undefined) inherited.cwd = command.cwd;
          else delete inherited.cwd;
          if (ci.placeholder !== undefined) inherited.placeholder = ci.placeholder;
          if (budget.left > 0) pushAll(out, commandsFromScript(command.argv[inner + 1]!, inherited, depth + 1, budget));
        }
        // `find … -execdir go mod tidy \;`, `xargs -I{} npm ci`: the inner command, on the same line.
        if (level < 3)
          for (const run of innerCommands(command.argv)) {
            // fd --base-directory: the directory fd changes to, as a `cd` there would (an expansion is not known).
            const where = run.elsewhere
              ? FIND_EXECDIR
              : run.cwd
                ? changeDirectory(
                    command.cwd,
                    run.cwd.dir,
                    c.dynamicWords.includes(offset + ci.start + run.cwd.index) ||
                      placeholderIn(run.cwd.dir, ci.placeholder),
                  )
                : command.cwd;
            emit(
              { ...command, argv: run.argv, ...(where !== undefined ? { cwd: where } : {}) },
              {
                pipeline: [run.argv],
                position: 0,
                substitutions: c.substitutions,
                dynamic:
                  run.appended ||
                  c.dynamicWords.includes(offset + ci.start + run.start) ||
                  placeholderIn(run.argv[0], run.placeholder ?? ci.placeholder),
                start: ci.start + run.start,
                ...(run.placeholder !== undefined ? { placeholder: run.placeholder } : {}),
              },
              level + 1,
            );
          }
      };
      const last = index === pipelines.length - 1 && position === pipeline.commands.length - 1;
      const ends = mode === 'errexit' || (mode === 'pwsh' ? nativeStops || !nativeAfter[index]! : last);
      const untested = c.tested !== true && position === pipeline.commands.length - 1 && ends;
      const check = treeCheck(argv, c.substitutions, { untested, exitsLater: exitsAfter[index]! }, commandDir(cwd));
      emit(
        shell,
        {
          pipeline: argvs,
          position,
          substitutions: c.substitutions,
          dynamic,
          start: 0,
          ...(check ? { checksTree: check } : {}),
        },
        0,
      );
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

/**
 * `sudo -E env CI=1 npm ci` → `npm ci` with `{ CI: '1' }`; `python3 -m pip install x` → `pip install x`.
 * The program keeps its path as written (`./uv`, `.venv/bin/pip`); rules match its basename.
 */
function unwrap(
  argv: readonly string[],
  assignments: Readonly<Record<string, string>>,
): { argv: string[]; env: Record<string, string> } {
  const env = { ...assignments };
  let start = 0;
  while (start < argv.length && WRAPPERS.has(basename(argv[start]!))) {
    start++;
    while (argv[start]?.startsWith('-')) start++;
    while (argv[start] !== undefined && /^[A-Z_]\w*=/i.test(argv[start]!)) {
      const [k, ...v] = argv[start]!.split('=');
      env[k!] = v.join('=');
      start++;
    }
  }
  const rest = argv.slice(start);
  if (
    /^(?:python|py)(?:\d+(?:\.\d+)*)?$/.test(basename(rest[0] ?? '')) &&
    rest[1] === '-m' &&
    MODULE_CLIENTS.has(rest[2] ?? '')
  )
    return { argv: rest.slice(2), env };
  return { argv: rest, env };
}

export { basename } from './program-name.js';

/** The directory after `cd <dir>`; `$X` when it cannot be known (scripts are then not followed from it). */
function changeDirectory(cwd: string | undefined, to: string | undefined, dynamic: boolean): string | undefined {
  if (to === undefined || to === '~' || to === '-') return '$HOME';
  if (dynamic || to.startsWith('/') || /^[A-Z]:[\\/]/i.test(to)) return `$${to}`;
  return cwd === undefined ? to : `${cwd}/${to}`;
}

/**
 * PowerShell continues lines with a backtick and cmd with a caret; both are rewritten to the POSIX
 * continuation the splitter reads (a backtick is not a substitution in PowerShell). Other shells as is.
 */
function forShell(script: string, shell: string | undefined): string {
  const name = shell?.split(/\s/)[0];
  // Backslashes are path separators there (`.\\uv.exe`), not escapes.
  if (name === 'pwsh' || name === 'powershell')
    return script
      .replaceAll('\\', '/')
      .replace(/`\r?\n/g, ' \\\n')
      .replace(/`(.)/g, '$1');
  if (name === 'cmd') return script.replaceAll('\\', '/').replace(/\^\r?\n/g, ' \\\n');
  return script;
}

/** A script's working directory, root-relative, when it is known (not `$X`, not above the root). */
function commandDir(cwd: string | undefined): string | undefined {
  if (cwd === undefined) return '';
  if (cwd.includes('$') || cwd.startsWith('/')) return undefined;
  return normalise(cwd);
}

/** `target.push(...items)` without spreading: a script with 100,000 commands must not overflow the stack. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** `a/./b/../c` → `a/c`; undefined when it leaves the root. */
export function normalise(path: string): string | undefined {
  return joinInside('', path);
}
