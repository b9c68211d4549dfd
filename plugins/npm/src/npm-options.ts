/**
 * npm's command line read as npm reads it: which words are options, which are option values and which
 * are the command and its arguments. `npm install --prefix web` installs the project in `web`, not a
 * package named `web`; `npm --prefix web ci` is `npm ci`.
 *
 * npm 10.9.0 parses its whole command line with nopt 8.0.0 against @npmcli/config's definitions
 * (workspaces/config/lib/definitions/definitions.js and index.js; nopt-reader.ts reads as nopt does),
 * wherever the options stand:
 * - `--` ends the options; `--name=value` is `--name value`; `--no-name` is the boolean false.
 * - a shorthand expands in place (`-C` → `--prefix`, `-d` → `--loglevel info`), and so does a group of
 *   one-letter shorthands (`-gf`); a unique prefix of a definition's name is that name (`--prefi`).
 * - a Boolean option takes the next word only when it is `true` or `false`; an option no definition
 *   knows is a Boolean too; `[null, Boolean]` options also take `null`, `--browser` any word but
 *   `-x`, `--color` also `always`.
 * - every other option takes the next word (a String-only one leaves an `-x`/`--x` word alone and
 *   takes nothing), except a `--` word, which still ends the options.
 */
import { readNoptArgs, type NoptArgs, type OptionTable, type OptionType } from './nopt-reader.js';

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

const NPM_OPTIONS: OptionTable = { types: TYPES, shorthands: SHORTHANDS };

export type NpmArgs = Pick<NoptArgs, 'positionals' | 'options'>;

/** Reads `argv` from `from` on (after the program) as npm 10.9.0 does. */
export function readNpmArgs(argv: readonly string[], from = 1): NpmArgs {
  const { positionals, options } = readNoptArgs(argv, NPM_OPTIONS, from);
  return { positionals, options };
}
