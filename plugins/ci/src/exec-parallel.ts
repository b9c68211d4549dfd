/**
 * Commands that GNU parallel and fd run from their arguments, read like find -exec and xargs
 * (exec-commands.ts): the inner command where its words are written; what is not written there (the
 * input appended to it, a word parallel's options hide) is marked, never guessed.
 *
 * GNU parallel (man parallel, 20240722): `parallel [options] command [arguments] ( ::: args | :::+
 * args | :::: files | ::::+ files ) …`; the command's words are joined with spaces and run by a shell
 * (unless `-q`/`--quote`); without a replacement string (`{}`, `{.}`, `{/}`, `{//}`, `{/.}`, `{#}`,
 * `{%}`, `{1}` …) the arguments are appended; `--dry-run` prints the commands and runs none.
 * fd (README and `fd --help`, fd 10.2): `-x/--exec cmd [args]… [;]` runs cmd per result, `-X/--exec-batch`
 * once with all results, in fd's working directory, each a program with its argv (no shell); the
 * placeholders are `{}`, `{/}`, `{//}`, `{.}`, `{/.}`, and without one the path is appended.
 * `--base-directory <path>` (`-C <path>` from fd 10.4.0) makes fd change its working directory to the
 * path before it searches (src/main.rs `set_working_dir`, fd 10.4.2: `env::set_current_dir`), so the
 * commands run there; clap also takes `--base-directory=<path>`, `-C<path>` and `-C=<path>`.
 */
/** A command that find, xargs, parallel or fd runs from its arguments (exec-commands.ts reads find and xargs). */
export interface InnerCommand {
  /** argv of the inner command, up to (not including) find's `;`/`+`. */
  argv: string[];
  /** Index of the inner program in the outer argv (to tell whether that word was an expansion). */
  start: number;
  /** `-execdir`/`-okdir`: the command runs in the directory of each match, which a static read cannot know. */
  elsewhere: boolean;
  /** The word find or xargs replaces with its input (`{}`, xargs `-I R`), when there is one. */
  placeholder?: string;
  /** The directory the command runs in, relative to the outer command's (fd's `--base-directory`), and the index of the word that gives it in the outer argv. */
  cwd?: { dir: string; index: number };
  /** xargs without a replace string appends its input to the command (or parallel options this reader does not know hide where it starts): the argv is not all written. */
  appended: boolean;
}

// GNU parallel options that take the next word (or an attached value / `--opt=value`).
const PARALLEL_VALUE_SHORT = new Set(['j', 'P', 'n', 'N', 'L', 's', 'a', 'd', 'E', 'C', 'S', 'I']);
const PARALLEL_FLAGS_SHORT = new Set(['0', 'k', 'v', 'u', 'r', 'X', 'm', 'q', 't', 'g', 'p', 'x', 'Z']);
const PARALLEL_VALUE_LONG = new Set([
  'jobs',
  'max-procs',
  'max-args',
  'max-lines',
  'max-chars',
  'arg-file',
  'delimiter',
  'colsep',
  'sshlogin',
  'sshloginfile',
  'slf',
  'halt',
  'halt-on-error',
  'joblog',
  'results',
  'res',
  'tmpdir',
  'wd',
  'workdir',
  'env',
  'timeout',
  'retries',
  'delay',
  'load',
  'memfree',
  'basefile',
  'bf',
  'return',
  'transferfile',
  'tf',
  'tagstring',
  'header',
  'termseq',
  'rpl',
  'nice',
  'block',
  'block-size',
  'recstart',
  'recend',
  'trim',
  'ssh',
  'limit',
  'arg-sep',
  'arg-file-sep',
]);
const PARALLEL_FLAGS_LONG = new Set([
  'null',
  'keep-order',
  'verbose',
  'tag',
  'bar',
  'progress',
  'eta',
  'ungroup',
  'lb',
  'line-buffer',
  'no-run-if-empty',
  'xargs',
  'quote',
  'will-cite',
  'no-notice',
  'group',
  'pipe',
  'spreadstdin',
  'plus',
  'shuf',
  'files',
  'interactive',
  'silent',
  'fg',
  'linebuffer',
  'keeporder',
  'round-robin',
  'roundrobin',
  'pipepart',
  'cat',
  'fifo',
  'compress',
  'nonall',
  'onall',
  'transfer',
  'cleanup',
  'trc',
  'colour',
  'color',
  'ctag',
]);
const DRY_RUN = new Set(['--dry-run', '--dryrun']);
/** parallel's replacement strings: `{}`, `{.}`, `{/}`, `{//}`, `{/.}`, `{#}`, `{%}`, `{3}`, `{2.}`; `{=perl=}` is found by its `{=`. */
const PARALLEL_REPLACEMENT = /\{(?:\d*(?:\.|\/\/?|\/\.)?|[#%])\}/;
const INPUT_SEPARATOR = /^:{3,4}\+?$/;
/** fd's placeholders: `{}`, `{/}`, `{//}`, `{.}`, `{/.}`. */
const FD_PLACEHOLDER = /\{(?:\/\/|\/\.|\/|\.)?\}/;

/**
 * The command GNU parallel runs: after its options, up to the first `:::`/`::::`. An option this
 * reader does not know may take the next word, so the command cannot be told from its arguments:
 * the rest is returned as `unread` (listed as unknown), never judged.
 */
export function parallelCommand(argv: readonly string[]): InnerCommand | undefined {
  let quote = false;
  let placeholder: string | undefined;
  let i = 1;
  let unread = false;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-' && !unread) {
    const word = argv[i++]!;
    if (DRY_RUN.has(word)) return undefined;
    if (word === '--') break;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      if (name === 'quote') quote = true;
      if (name === 'replace' || name === 'I') placeholder = eq < 0 ? argv[i++] : word.slice(eq + 1);
      else if (PARALLEL_VALUE_LONG.has(name)) {
        if (eq < 0) i++;
      } else if (!PARALLEL_FLAGS_LONG.has(name)) unread = true;
      continue;
    }
    for (let k = 1; k < word.length; k++) {
      const option = word[k]!;
      if (option === 'q') quote = true;
      if (PARALLEL_FLAGS_SHORT.has(option)) continue;
      if (PARALLEL_VALUE_SHORT.has(option)) {
        const value = word.slice(k + 1) || argv[i++];
        if (option === 'I') placeholder = value;
        break;
      }
      unread = true;
      break;
    }
  }
  if (i >= argv.length) return undefined;
  let end = i;
  while (end < argv.length && !INPUT_SEPARATOR.test(argv[end]!)) end++;
  if (end === i) return undefined; // `parallel ::: a b` runs each argument as a command: not written here
  const words = argv.slice(i, end);
  const replaced = words.some((w) =>
    placeholder !== undefined && placeholder !== ''
      ? w.includes(placeholder)
      : PARALLEL_REPLACEMENT.test(w) || w.includes('{='),
  );
  const shown = placeholder ?? '{';
  if (unread || !replaced) return { argv: words, start: i, elsewhere: false, placeholder: shown, appended: true };
  // Joined and run by a shell: `parallel 'cd {} && go mod tidy' ::: a b` is one script per argument.
  return {
    argv: quote ? words : ['sh', '-c', words.join(' ')],
    start: i,
    elsewhere: false,
    placeholder: shown,
    appended: false,
  };
}

const FD_EXEC = new Set(['-x', '--exec', '-X', '--exec-batch']);

/**
 * Every `-x`/`-X` command of fd: the words after it up to a `;` word or the end. Without a placeholder
 * fd appends the path, so the argv is not all written (`appended`).
 */
export function fdCommands(argv: readonly string[]): InnerCommand[] {
  const out: InnerCommand[] = [];
  let cwd: InnerCommand['cwd'];
  let bases = 0;
  let i = 1;
  while (i < argv.length) {
    const word = argv[i]!;
    if (word === '--') break;
    const base = baseDirectory(argv, i);
    if (base) {
      cwd = base.cwd;
      bases++;
      i = base.next;
      continue;
    }
    if (!FD_EXEC.has(word)) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < argv.length && argv[end] !== ';') end++;
    const words = argv.slice(start, end);
    if (words.length > 0) {
      const placed = words.some((w) => FD_PLACEHOLDER.test(w));
      out.push({ argv: words, start, elsewhere: false, placeholder: '{', appended: !placed });
    }
    i = end + 1;
  }
  // clap refuses a second --base-directory; a missing value is an error too: either way fd runs nothing.
  if (bases > 1 || cwd?.dir === '') return [];
  return cwd ? out.map((c) => ({ ...c, cwd })) : out;
}

/** fd's `--base-directory <path>` at `argv[i]` in any of the forms clap takes, and the index after it. */
function baseDirectory(
  argv: readonly string[],
  i: number,
): { cwd: { dir: string; index: number }; next: number } | undefined {
  const word = argv[i]!;
  if (word === '--base-directory' || word === '-C')
    return { cwd: { dir: argv[i + 1] ?? '', index: i + 1 }, next: i + 2 };
  if (word.startsWith('--base-directory=')) return { cwd: { dir: word.slice(17), index: i }, next: i + 1 };
  if (word.startsWith('-C') && !word.startsWith('--'))
    return { cwd: { dir: word.slice(word[2] === '=' ? 3 : 2), index: i }, next: i + 1 };
  return undefined;
}
