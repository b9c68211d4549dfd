/**
 * Commands that another command runs from its arguments: `find … -exec cmd {} \;` (and `-execdir`,
 * `-ok`, `-okdir`, `{} +`) and `xargs [options] cmd`. The inner command is read where its words are
 * in the script; what is not written there (xargs's appended input, the directory `-execdir` runs
 * in) is marked, never guessed.
 *
 * find: GNU findutils manual, "Single File" and "Multiple Files" (`-exec command ;`, `-exec command {} +`,
 * `-execdir`, `-ok`, `-okdir`). xargs: GNU findutils `xargs --help` options and POSIX xargs
 * (https://pubs.opengroup.org/onlinepubs/9799919799/utilities/xargs.html); BSD's `-J`, `-R`, `-S`.
 */
import { fdCommands, parallelCommand, type InnerCommand } from './exec-parallel.js';
import { basename } from './program-name.js';

export type { InnerCommand } from './exec-parallel.js';

const FIND_ACTIONS = new Map([
  ['-exec', false],
  ['-ok', false],
  ['-execdir', true],
  ['-okdir', true],
]);

/** The commands `argv` runs through find, xargs, GNU parallel or fd (exec-parallel.ts); empty for any other program or an invalid invocation. */
export function innerCommands(argv: readonly string[]): InnerCommand[] {
  const program = basename(argv[0] ?? '');
  if (program === 'find') return findCommands(argv);
  if (program === 'xargs' || program === 'parallel') {
    const inner = program === 'xargs' ? xargsCommand(argv) : parallelCommand(argv);
    return inner ? [inner] : [];
  }
  if (program === 'fd' || program === 'fdfind') return fdCommands(argv);
  return [];
}

/**
 * Every `-exec…` action, in order. The command ends at a `;` word, or at `+` right after `{}`; without
 * one find refuses to run (`missing argument to -exec`), so nothing runs. Linear: one pass.
 */
function findCommands(argv: readonly string[]): InnerCommand[] {
  const out: InnerCommand[] = [];
  let i = 1;
  while (i < argv.length) {
    const elsewhere = FIND_ACTIONS.get(argv[i]!);
    if (elsewhere === undefined) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < argv.length && argv[end] !== ';' && !(argv[end] === '+' && argv[end - 1] === '{}')) end++;
    if (end >= argv.length) return []; // no terminator: find exits with an error before running anything
    if (end > start) out.push({ argv: argv.slice(start, end), start, elsewhere, placeholder: '{}', appended: false });
    i = end + 1;
  }
  return out;
}

// GNU and BSD xargs options that take a value (attached `-n1` or the next word), and GNU's whose value
// may only be attached (`-i`, `-e`, `-l`).
const XARGS_VALUE = new Set(['a', 'd', 'E', 'I', 'L', 'n', 'P', 's', 'J', 'R', 'S']);
const XARGS_ATTACHED = new Set(['e', 'i', 'l']);
const XARGS_FLAGS = new Set(['0', 'p', 'r', 't', 'x', 'o']);
const XARGS_LONG_VALUE = new Set(['arg-file', 'delimiter', 'max-args', 'max-procs', 'max-chars', 'process-slot-var']);
const XARGS_LONG = new Set([
  'null',
  'no-run-if-empty',
  'verbose',
  'interactive',
  'exit',
  'open-tty',
  'eof',
  'replace',
  'max-lines',
]);

/**
 * The command after xargs's options (xargs alone runs `echo`). `-I R`/`-i`/`--replace`/`-J R` make R the
 * place the input goes; otherwise the input is appended. An option xargs does not know makes it exit
 * with a usage error, and so does a missing value: nothing runs.
 */
function xargsCommand(argv: readonly string[]): InnerCommand | undefined {
  let placeholder: string | undefined;
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-') {
    const word = argv[i]!;
    i++;
    if (word === '--') break;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      if (XARGS_LONG_VALUE.has(name)) {
        if (eq < 0 && i++ >= argv.length) return undefined;
      } else if (!XARGS_LONG.has(name)) return undefined;
      if (name === 'replace') placeholder = eq < 0 ? '{}' : word.slice(eq + 1);
      continue;
    }
    for (let k = 1; k < word.length; k++) {
      const option = word[k]!;
      if (XARGS_FLAGS.has(option)) continue;
      if (XARGS_ATTACHED.has(option)) {
        if (option === 'i') placeholder = word.slice(k + 1) || '{}';
        break;
      }
      if (!XARGS_VALUE.has(option)) return undefined;
      let value = word.slice(k + 1);
      if (value === '') {
        if (i >= argv.length) return undefined;
        value = argv[i++]!;
      }
      if (option === 'I' || option === 'J') placeholder = value;
      break;
    }
  }
  if (i >= argv.length) return undefined;
  return {
    argv: argv.slice(i),
    start: i,
    elsewhere: false,
    ...(placeholder !== undefined ? { placeholder } : {}),
    appended: placeholder === undefined,
  };
}
