/**
 * Which failing command of a script fails the step, by the shell that runs it: what a check of the
 * working tree (verify-steps.ts) needs to count as one.
 *
 * GitHub Actions (actions/runner v2.336.0, src/Runner.Worker/Handlers/ScriptHandler.cs and
 * ScriptHandlerHelpers.cs): no `shell:` on Linux and macOS runs `bash -e {0}` (`sh -e {0}` without
 * bash); `shell: bash` is `bash --noprofile --norc -e -o pipefail {0}`, `shell: sh` is `sh -e {0}`;
 * a custom `shell: <program> <args with {0}>` runs exactly those arguments (`bash {0}` has no `-e`).
 * `pwsh` and `powershell` (also as a custom template) get `$ErrorActionPreference = 'stop'` prepended
 * and `if ((Test-Path -LiteralPath variable:\LASTEXITCODE)) { exit $LASTEXITCODE }` appended: a
 * failing cmdlet, `throw` or `Write-Error` stops the script, but a native program's exit code does not
 * (unless the script sets `$PSNativeCommandUseErrorActionPreference = $true`, PowerShell 7.4
 * about_Preference_Variables); the step fails when the last native program that ran exited non-zero.
 * `cmd` runs `CALL "{0}"`: the last command's status. GitLab runs script lines under `set -e`.
 */
import type { ShellCommand } from '@inert/core';
import { basename } from './program-name.js';

/** `errexit`: any untested failure ends the script; `pwsh`: the last native program's status; `last`: the last command's status. */
export type FailureMode = 'errexit' | 'pwsh' | 'last';

/** How the shell of a script treats a failing command; `depth` > 0 is an `sh -c` body (no `-e` of its own). */
export function failureMode(origin: ShellCommand['origin'], shell: string | undefined, depth: number): FailureMode {
  if (depth > 0) return 'last';
  if (origin === 'gitlab-ci') return 'errexit';
  if (origin !== 'github-actions') return 'last';
  if (shell === undefined) return 'errexit';
  const [program = '', ...args] = shell.trim().split(/\s+/);
  const name = basename(program)
    .replace(/\.exe$/i, '')
    .toLowerCase();
  if (name === 'pwsh' || name === 'powershell') return 'pwsh';
  if (args.length === 0) return name === 'bash' || name === 'sh' ? 'errexit' : 'last';
  // A custom template: errexit when its own arguments turn it on (`bash -eo pipefail {0}`, `sh -o errexit {0}`).
  if (!['bash', 'sh', 'dash', 'zsh', 'ksh'].includes(name)) return 'last';
  const errexit = args.some(
    (a, i) =>
      (/^-[a-z]+$/i.test(a) && a.includes('e')) || ((a === '-o' || a === '--option') && args[i + 1] === 'errexit'),
  );
  return errexit ? 'errexit' : 'last';
}

// Verbs of the cmdlets scripts print, test and move with; a native program with such a name is not a thing.
const CMDLET =
  /^(?:Add|Clear|Compare|ConvertFrom|ConvertTo|Copy|Export|ForEach|Format|Get|Group|Import|Join|Measure|Move|New|Out|Pop|Push|Remove|Rename|Resolve|Select|Set|Show|Sort|Split|Test|Wait|Where|Write)-[a-z]+$/i;
/** Aliases of cmdlets on every platform (PowerShell keeps these on Linux and macOS; `ls`, `cat`, `write` are not among them). */
const CMDLET_ALIASES = new Set(['echo', 'cd', 'pushd', 'popd', 'pwd', '%', '?']);

/**
 * In PowerShell: whether a command can change `$LASTEXITCODE`, which only a native program (or
 * something that may run one: `Invoke-Expression`, `Start-Process`, a script) sets. Cmdlets that print,
 * test or move do not; `exit $LASTEXITCODE` keeps it. Anything else is taken to be native: the reading
 * that leaves a rewrite lax, never the one that hides it.
 */
export function setsExitCode(argv: readonly string[]): boolean {
  const program = argv[0] ?? '';
  if (program === 'exit') return argv[1] !== '$LASTEXITCODE';
  return !(CMDLET.test(program) || CMDLET_ALIASES.has(program.toLowerCase()));
}

/**
 * A command that fails the script when it runs: `exit 1` (also `exit 1 }` closing a PowerShell block;
 * `(… && exit 1)` is split before its `)`, shell-words.ts), `false`; in
 * PowerShell also `throw` and `Write-Error` (`$ErrorActionPreference = 'stop'`). `exit "$x"` is not known.
 */
export function exitsNonZero(argv: readonly string[], mode: FailureMode): boolean {
  if (exitsAt(argv, 0, mode)) return true;
  // The POSIX splitter keeps a PowerShell block in one command's words: `if ($LASTEXITCODE -ne 0) { throw "…" }`.
  return mode === 'pwsh' && argv.some((w, j) => j > 0 && argv[j - 1] === '{' && exitsAt(argv, j, mode));
}

function exitsAt(argv: readonly string[], j: number, mode: FailureMode): boolean {
  const program = argv[j] ?? '';
  if (mode === 'pwsh' && (program === 'throw' || /^Write-Error$/i.test(program))) return true;
  const code = argv[j + 1];
  return program === 'false' || (program === 'exit' && code !== undefined && /^[1-9]\d*$/.test(code));
}

/** `$PSNativeCommandUseErrorActionPreference = $true`: from here on a failing native program stops the script too. */
export function nativeErrorsStop(argv: readonly string[]): boolean {
  return (
    /^\$PSNativeCommandUseErrorActionPreference$/i.test(argv[0] ?? '') &&
    argv[1] === '=' &&
    /^\$true$/i.test(argv[2] ?? '')
  );
}
