/**
 * npm's command line read as npm reads it: which words are options, which are option values and which
 * are the command and its arguments. `npm install --prefix web` installs the project in `web`, not a
 * package named `web`; `npm --prefix web ci` is `npm ci`.
 *
 * npm 10.9.0 parses its whole command line with nopt 8.0.0 against @npmcli/config's definitions
 * (workspaces/config/lib/definitions/definitions.js and index.js; node_modules/nopt/lib/nopt-lib.js,
 * `parse` and `resolveShort`), wherever the options stand:
 * - `--` ends the options; `--name=value` is `--name value`; `--no-name` is the boolean false.
 * - a shorthand expands in place (`-C` → `--prefix`, `-d` → `--loglevel info`), and so does a group of
 *   one-letter shorthands (`-gf`); a unique prefix of a definition's name is that name (`--prefi`).
 * - a Boolean option takes the next word only when it is `true` or `false`; an option no definition
 *   knows is a Boolean too; `[null, Boolean]` options also take `null`, `--browser` any word but
 *   `-x`, `--color` also `always`.
 * - every other option takes the next word (a String-only one leaves an `-x`/`--x` word alone and
 *   takes nothing), except a `--` word, which still ends the options.
 */

/** How an option takes a value: its nopt types, as far as they decide that. */
interface OptionType {
  /** The types include Boolean (`--x` alone is `true`). */
  bool?: boolean;
  /** Exactly String: an `-x`/`--x` word after it is not its value. */
  stringOnly?: boolean;
  /** The types are a list (more than one), and what the list allows after a `--no-x` or a Boolean. */
  list?: { nul?: boolean; str?: boolean; num?: boolean; values?: readonly string[] };
}

const BOOL: OptionType = { bool: true };
const STRING: OptionType = { stringOnly: true };
const VALUE: OptionType = {};
const NULL_STRING: OptionType = { list: { nul: true, str: true } };
const NULL_NUMBER: OptionType = { list: { nul: true, num: true } };
const NULL_VALUE: OptionType = { list: { nul: true } };
const NULL_BOOL: OptionType = { bool: true, list: { nul: true } };

const enumOf = (values: readonly string[], extra: OptionType['list'] = {}): OptionType => ({
  list: { ...extra, values },
});

/** Every definition of npm 10.9.0's config, by how it takes a value. */
const TYPES = new Map<string, OptionType>([
  ...[
    'all',
    'allow-same-version',
    'audit',
    'bin-links',
    'commit-hooks',
    'description',
    'dev',
    'diff-ignore-all-space',
    'diff-name-only',
    'diff-no-prefix',
    'diff-text',
    'dry-run',
    'engine-strict',
    'force',
    'foreground-scripts',
    'format-package-lock',
    'fund',
    'git-tag-version',
    'global',
    'global-style',
    'if-present',
    'ignore-scripts',
    'include-staged',
    'include-workspace-root',
    'install-links',
    'json',
    'legacy-bundling',
    'legacy-peer-deps',
    'link',
    'long',
    'offline',
    'omit-lockfile-registry-resolved',
    'package-lock',
    'package-lock-only',
    'parseable',
    'prefer-dedupe',
    'prefer-offline',
    'prefer-online',
    'progress',
    'provenance',
    'read-only',
    'rebuild-bundle',
    'save',
    'save-bundle',
    'save-dev',
    'save-exact',
    'save-optional',
    'save-peer',
    'save-prod',
    'shrinkwrap',
    'sign-git-commit',
    'sign-git-tag',
    'strict-peer-deps',
    'strict-ssl',
    'timing',
    'unicode',
    'update-notifier',
    'usage',
    'version',
    'versions',
    'workspaces-update',
  ].map((n): [string, OptionType] => [n, BOOL]),
  ...[
    'call',
    'diff-dst-prefix',
    'diff-src-prefix',
    'editor',
    'git',
    'heading',
    'init-author-email',
    'init-author-name',
    'init-license',
    'init.author.email',
    'init.author.name',
    'init.license',
    'message',
    'pack-destination',
    'preid',
    'save-prefix',
    'scope',
    'searchexclude',
    'searchopts',
    'shell',
    'tag',
    'tag-version-prefix',
    'user-agent',
    'viewer',
  ].map((n): [string, OptionType] => [n, STRING]),
  // A path, URL, number, semver, umask or one of fixed values: the next word, whatever it is.
  ...[
    'auth-type',
    'cache',
    'cache-max',
    'cache-min',
    'cafile',
    'diff-unified',
    'fetch-retries',
    'fetch-retry-factor',
    'fetch-retry-maxtimeout',
    'fetch-retry-mintimeout',
    'fetch-timeout',
    'globalconfig',
    'init-module',
    'init-version',
    'init.module',
    'init.version',
    'install-strategy',
    'location',
    'loglevel',
    'logs-max',
    'maxsockets',
    'prefix',
    'provenance-file',
    'registry',
    'sbom-format',
    'sbom-type',
    'searchlimit',
    'searchstaleness',
    'umask',
    'userconfig',
  ].map((n): [string, OptionType] => [n, VALUE]),
  ...['_auth', 'cert', 'cpu', 'key', 'libc', 'node-options', 'os', 'otp', 'script-shell', 'ca', 'cidr'].map(
    (n): [string, OptionType] => [n, NULL_STRING],
  ),
  ...['depth', 'expect-result-count', 'which'].map((n): [string, OptionType] => [n, NULL_NUMBER]),
  ...['before', 'https-proxy', 'logs-dir'].map((n): [string, OptionType] => [n, NULL_VALUE]),
  ...['expect-results', 'optional', 'production', 'workspaces', 'yes'].map((n): [string, OptionType] => [n, NULL_BOOL]),
  ['diff', { list: { str: true } }],
  ['noproxy', { list: { str: true } }],
  ['package', { list: { str: true } }],
  ['workspace', { list: { str: true } }],
  ['access', enumOf(['restricted', 'public'], { nul: true })],
  ['also', enumOf(['dev', 'development'], { nul: true })],
  ['audit-level', enumOf(['info', 'low', 'moderate', 'high', 'critical', 'none'], { nul: true })],
  ['local-address', NULL_VALUE],
  ['lockfile-version', enumOf(['1', '2', '3'], { nul: true })],
  ['only', enumOf(['prod', 'production'], { nul: true })],
  ['include', enumOf(['prod', 'dev', 'optional', 'peer'])],
  ['omit', enumOf(['dev', 'optional', 'peer'])],
  ['init-author-url', enumOf([''])],
  ['init.author.url', enumOf([''])],
  ['proxy', enumOf(['false'], { nul: true })],
  ['replace-registry-host', enumOf(['npmjs', 'never', 'always'], { str: true })],
  ['browser', { bool: true, list: { nul: true, str: true } }],
  ['color', { bool: true, list: { values: ['always'] } }],
]);

/** The definitions' `short` and index.js's shorthands. */
const SHORTHANDS = new Map<string, readonly string[]>([
  ['a', ['--all']],
  ['c', ['--call']],
  ['f', ['--force']],
  ['g', ['--global']],
  ['L', ['--location']],
  ['l', ['--long']],
  ['m', ['--message']],
  ['p', ['--parseable']],
  ['C', ['--prefix']],
  ['S', ['--save']],
  ['B', ['--save-bundle']],
  ['D', ['--save-dev']],
  ['E', ['--save-exact']],
  ['O', ['--save-optional']],
  ['P', ['--save-prod']],
  ['?', ['--usage']],
  ['H', ['--usage']],
  ['h', ['--usage']],
  ['v', ['--version']],
  ['w', ['--workspace']],
  ['ws', ['--workspaces']],
  ['y', ['--yes']],
  ['enjoy-by', ['--before']],
  ['d', ['--loglevel', 'info']],
  ['dd', ['--loglevel', 'verbose']],
  ['ddd', ['--loglevel', 'silly']],
  ['quiet', ['--loglevel', 'warn']],
  ['q', ['--loglevel', 'warn']],
  ['s', ['--loglevel', 'silent']],
  ['silent', ['--loglevel', 'silent']],
  ['verbose', ['--loglevel', 'verbose']],
  ['desc', ['--description']],
  ['help', ['--usage']],
  ['local', ['--no-global']],
  ['n', ['--no-yes']],
  ['no', ['--no-yes']],
  ['porcelain', ['--parseable']],
  ['readonly', ['--read-only']],
  ['reg', ['--registry']],
  ['iwr', ['--include-workspace-root']],
]);

/** A unique prefix of one name stands for it (the `abbrev` package, as nopt uses it); an exact name is itself. */
function abbreviations(names: Iterable<string>): Map<string, string> {
  const sorted = [...names].sort();
  const out = new Map<string, string>();
  for (const [i, name] of sorted.entries()) {
    const prev = sorted[i - 1] ?? '';
    const next = sorted[i + 1] ?? '';
    const shared = Math.max(common(name, prev), common(name, next));
    for (let k = shared + 1; k < name.length; k++) out.set(name.slice(0, k), name);
  }
  for (const name of sorted) out.set(name, name);
  return out;
}

function common(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

let abbrevs: { types: Map<string, string>; shorts: Map<string, string> } | undefined;
function abbrevTables(): { types: Map<string, string>; shorts: Map<string, string> } {
  abbrevs ??= { types: abbreviations(TYPES.keys()), shorts: abbreviations(SHORTHANDS.keys()) };
  return abbrevs;
}

/** nopt's resolveShort: the words an option word expands to, or undefined when it is not a shorthand. */
function expand(word: string): readonly string[] | undefined {
  const { types, shorts } = abbrevTables();
  const arg = word.replace(/^-+/, '');
  if (types.get(arg) === arg) return undefined;
  const exact = SHORTHANDS.get(arg);
  if (exact) return exact;
  if (arg !== '' && [...arg].every((ch) => SHORTHANDS.has(ch))) return [...arg].flatMap((ch) => SHORTHANDS.get(ch)!);
  if (types.has(arg)) return undefined;
  const short = shorts.get(arg);
  return short === undefined ? undefined : SHORTHANDS.get(short);
}

export interface NpmArgs {
  /** The command and its arguments, in order (`install`, `left-pad`). */
  positionals: string[];
  /** Each option by its full name: `true`, `false` (`--no-x`, `--x false`) or the value given. */
  options: Map<string, string | boolean>;
}

/**
 * Reads `argv` from `from` on (after the program) as npm 10.9.0 does. Linear: each word is read once,
 * and a shorthand group expands to at most two words per letter.
 */
export function readNpmArgs(argv: readonly string[], from = 1): NpmArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | boolean>();
  // Words still to read, last first: expansions are pushed in front of the rest of argv.
  const pending: string[] = [];
  let i = from;
  const next = (): string | undefined => (pending.length > 0 ? pending.pop() : argv[i++]);
  const peek = (): string | undefined => (pending.length > 0 ? pending[pending.length - 1] : argv[i]);
  const unshift = (words: readonly string[]): void => {
    for (let k = words.length - 1; k >= 0; k--) pending.push(words[k]!);
  };
  for (let word = next(); word !== undefined; word = next()) {
    if (/^-{2,}$/.test(word)) {
      while (pending.length > 0) positionals.push(pending.pop()!);
      while (i < argv.length) positionals.push(argv[i++]!);
      break;
    }
    if (!word.startsWith('-') || word.length === 1) {
      positionals.push(word);
      continue;
    }
    let name = word;
    let hadEq = false;
    const eq = word.indexOf('=');
    if (eq >= 0) {
      hadEq = true;
      name = word.slice(0, eq);
      unshift([word.slice(eq + 1)]);
    }
    const expanded = expand(name);
    if (expanded && expanded[0] !== name) {
      unshift(expanded);
      continue;
    }
    name = name.replace(/^-+/, '');
    let no: boolean | undefined;
    // nopt lower-cases the whole name again for each `no-` it strips; once is enough (the prefix is
    // ASCII, so its offsets are the same in both), and a word of 100,000 `no-`s stays linear.
    const lower = name.toLowerCase();
    let at = 0;
    while (lower.startsWith('no-', at)) {
      no = !no;
      at += 3;
    }
    name = name.slice(at);
    name = abbrevTables().types.get(name) ?? name;
    options.set(name, readValue(TYPES.get(name), no, hadEq, peek, next));
  }
  return { positionals, options };
}

/** What the option takes, consuming its value word through `next` when it takes one. */
function readValue(
  type: OptionType | undefined,
  no: boolean | undefined,
  hadEq: boolean,
  peek: () => string | undefined,
  next: () => string | undefined,
): string | boolean {
  const la = peek();
  const isBool =
    no !== undefined || type?.bool === true || (type === undefined && !hadEq) || (la === 'false' && type?.list?.nul);
  if (isBool) {
    let value: string | boolean = !no;
    if (la === 'true' || la === 'false') {
      next();
      return la === 'true' ? !no : !!no;
    }
    const list = type?.list;
    if (list && la !== undefined) {
      if (list.values?.includes(la)) value = la;
      else if (la === 'null' && list.nul) value = 'null';
      else if (list.num && !/^-{2,}[^-]/.test(la) && la.trim() !== '' && !Number.isNaN(Number(la))) value = la;
      else if (list.str && !/^-[^-]/.test(la)) value = la;
      else return value;
      next();
    }
    return value;
  }
  if (la === undefined) return true;
  if (type?.stringOnly && /^-{1,2}[^-]/.test(la)) return '';
  if (/^-{2,}$/.test(la)) return true;
  next();
  return la;
}
