/**
 * Yarn's command line: which word is the command and which words are option values.
 *
 * Yarn classic (yarnpkg/yarn v1.22.22, src/cli/index.js, on commander 2.16.0): the command is the first
 * word that is not an option and not the value of the global option before it (`yarn --cwd web install`,
 * `yarn --mutex network install`); the words after it are read by commander (index.js `parseOptions` and
 * `normalize`): `--name=value` is split, `-abc` is `-a -b -c`, an option declared `<value>` takes the next
 * word, `[value]` the next word unless it starts with `-`, and an option commander does not know takes
 * the next word too when it does not start with `-` (it is dropped with it). `run`, `create`, `node`,
 * `workspaces <name>` and `workspace <name> <command>` pass the rest on unread.
 *
 * Yarn berry (yarnpkg/berry packages/yarnpkg-cli/sources/lib.ts `checkCwd`, commit 0cc5cd38): `--cwd
 * <dir>` or `--cwd=<dir>` as the first words; then clipanion reads each command's declared options
 * (`Option.String` takes a value, `Option.Boolean` none), and refuses one the command does not declare.
 *
 * So an option neither table knows, followed by a word, is read differently by the two: the reader
 * reports it, and the rule says the reading is undeterminable.
 */

/** Global options of Yarn classic that take a value (`<x>`: always the next word; `[x]`: unless it starts with `-`). */
const GLOBAL_VALUES = new Map<string, 'required' | 'optional'>([
  ...[
    '--use-yarnrc',
    '--link-folder',
    '--global-folder',
    '--modules-folder',
    '--preferred-cache-folder',
    '--cache-folder',
    '--mutex',
    '--cwd',
    '--proxy',
    '--https-proxy',
    '--registry',
    '--network-concurrency',
    '--network-timeout',
    '--otp',
  ].map((n): [string, 'required'] => [n, 'required']),
  ...['--prod', '--production', '--emoji', '--scripts-prepend-node-path'].map((n): [string, 'optional'] => [
    n,
    'optional',
  ]),
]);

/** Yarn classic's global Boolean options, and the commands' own (install.js, add.js, upgrade.js, version.js, global.js). */
const BOOLEANS = new Set(
  (
    '--no-default-rc --verbose --offline --prefer-offline --enable-pnp --pnp --disable-pnp --strict-semver ' +
    '--json --ignore-scripts --har --ignore-platform --ignore-engines --ignore-optional --force ' +
    '--skip-integrity-check --check-files --no-bin-links --flat --no-lockfile --pure-lockfile ' +
    '--frozen-lockfile --update-checksums --link-duplicates --no-progress --non-interactive ' +
    '--no-node-version-check --focus -s --silent -v --version -h --help ' +
    '-A --audit -g --global -S --save -D --save-dev -P --save-peer -O --save-optional -E --save-exact ' +
    '-T --save-tilde -W --ignore-workspace-root-check --dev --peer --optional --exact --tilde -L --latest ' +
    '-C --caret --major --minor --patch --premajor --preminor --prepatch --prerelease --no-git-tag-version ' +
    '--no-commit-hooks ' +
    // Yarn berry's Booleans on install, add, up and npm publish that classic does not declare.
    '--immutable --no-immutable --immutable-cache --check-cache --check-resolutions --refresh-lockfile ' +
    '--inline-builds ' +
    '--cached --prefer-dev -i --interactive -F --fixed -R --recursive --tolerate-republish --provenance ' +
    '--dry-run'
  ).split(' '),
);

/** Options of one command that take a value: classic's, and berry's `--mode` (install, add, up). */
const COMMAND_VALUES: Record<string, ReadonlyMap<string, 'required' | 'optional'>> = {
  install: new Map([['--mode', 'required']]),
  add: new Map([['--mode', 'required']]),
  up: new Map([['--mode', 'required']]),
  upgrade: new Map([
    ['-S', 'required'],
    ['--scope', 'required'],
    ['-P', 'optional'],
    ['--pattern', 'optional'],
  ]),
  publish: new Map(
    ['--access', '--tag', '--new-version', '--preid', '--message'].map((n): [string, 'optional'] => [n, 'optional']),
  ),
  global: new Map([['--prefix', 'required']]),
};

/** Yarn classic's commands whose remaining words are passed on unread, and how many they keep. */
const PROXY = new Map([
  ['run', 1],
  ['create', 1],
  ['node', 0],
  ['workspaces', 1],
  ['workspace', 2],
]);

export interface YarnArgs {
  /** The command, or undefined for a bare `yarn` (an install). */
  command: string | undefined;
  /** Where the command word stands in argv. */
  commandAt: number;
  /** Its positional words; for a proxy command, every word after it as written. */
  args: string[];
  /** Options given, by the name written (`--frozen-lockfile`, `-W`). */
  flags: Set<string>;
  /** `--cwd <dir>` (classic anywhere before the command, berry as the first words). */
  cwd?: string;
  /** The workspace of `yarn workspace <name> <command …>`, whose command this is. */
  workspace?: string;
  /** An option neither Yarn's tables know, and the word after it that classic would drop with it. */
  unknown?: { name: string; next: string };
}

/** Reads `argv` (with the program at 0); linear, each word read once. */
export function readYarnArgs(argv: readonly string[]): YarnArgs {
  let flags = new Set<string>();
  let cwd: string | undefined;
  let workspace: string | undefined;
  let i = 1;
  for (;;) {
    // The command: the first word neither an option nor bound to the global option before it.
    for (; i < argv.length; i++) {
      const word = argv[i]!;
      if (!word.startsWith('-')) break;
      const [name, value] = splitEq(word);
      flags.add(name);
      if (name === '--cwd' && value !== undefined) cwd = value;
      if (value === undefined && GLOBAL_VALUES.has(name) && i + 1 < argv.length) {
        if (name === '--cwd') cwd = argv[i + 1];
        i++;
      }
    }
    // `workspace <name> <command …>` runs `yarn <command …>` in that workspace (a loop, not a recursion:
    // a chain of them stays linear); `workspace <name> npm publish` is judged as the publish it is.
    if (argv[i] !== 'workspace' || i + 2 >= argv.length || (argv[i + 2] === 'npm' && argv[i + 3] === 'publish')) break;
    workspace = argv[i + 1];
    flags = new Set();
    i += 2;
  }
  const command = argv[i];
  const commandAt = i;
  const keep = command === undefined ? undefined : PROXY.get(command);
  if (keep !== undefined)
    return {
      command,
      commandAt,
      args: argv.slice(i + 1),
      flags,
      ...(cwd ? { cwd } : {}),
      ...(workspace ? { workspace } : {}),
    };
  const own = (command !== undefined && COMMAND_VALUES[command]) || new Map<string, 'required' | 'optional'>();
  const args: string[] = [];
  let unknown: YarnArgs['unknown'];
  for (i++; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      args.push(word);
      continue;
    }
    const [name, value] = splitEq(word);
    for (const n of expandShort(name)) flags.add(n);
    const kind = own.get(name) ?? GLOBAL_VALUES.get(name);
    const la = argv[i + 1];
    if (value !== undefined || la === undefined) continue;
    if (kind === 'required' || (kind === 'optional' && !la.startsWith('-'))) {
      if (name === '--cwd') cwd = la;
      i++;
    } else if (kind === undefined && !expandShort(name).every((n) => BOOLEANS.has(n)) && !la.startsWith('-'))
      unknown ??= { name, next: la };
  }
  return {
    command,
    commandAt,
    args,
    flags,
    ...(cwd ? { cwd } : {}),
    ...(workspace ? { workspace } : {}),
    ...(unknown ? { unknown } : {}),
  };
}

/** `--name=value` as commander's normalize splits it (`-x=y` stays one word there, and here). */
function splitEq(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return word.startsWith('--') && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
}

/** `-abc` is `-a -b -c` (commander's normalize). */
function expandShort(name: string): string[] {
  return name.startsWith('--') || name.length <= 2 ? [name] : [...name.slice(1)].map((c) => `-${c}`);
}
