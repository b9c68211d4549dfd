/**
 * pnpm's command line read as pnpm reads it (cli/parse-cli-args/src/index.ts at pnpm v10.34.5, and
 * pnpm11/cli/parse-cli-args at v11.22.0): the whole argv through @pnpm/nopt twice. The first pass, with
 * the universal options and those of `add` and `install`, finds the command (the first positional, the
 * second after `recursive`/`multi`/`m`); the second reads the argv again with the universal options and
 * that command's `cliOptionsTypes`, and its shorthands. So `pnpm --filter web install`, `pnpm install
 * --filter web` and `pnpm -C web install` are all `pnpm install`; `pnpm install left-pad` is `pnpm add`.
 * The options end at `exec`, `create` and `test` (pnpm's escapeArgs), and for `run` and `dlx` at the
 * script or package name.
 *
 * The types below are the union of both releases' tables (config/config/src/types.ts and
 * @pnpm/npm-conf 2.3.1 lib/types.js at v10.34.5 — pnpm pins npm-conf 3.0.3, whose types are
 * UNVERIFIED to match —; pnpm11/config/reader/src/types.ts and npmConfigTypes.ts at v11.22.0), npm's
 * winning over pnpm's as `Object.assign` makes them. A union is safe because pnpm refuses an option
 * its command does not know (pnpm/src/main.ts: "Unknown option", exit 1): whichever release runs the
 * command knows every option in it, and both releases agree on how each one takes a value (only
 * `--color`'s values differ: v11's are kept). An option neither knows is reported by the reader.
 */
import { readNoptArgs, type NoptArgs, type OptionTable, type OptionType } from './nopt-reader.js';

/** A list of option names written as one string, space-separated. */
const names = (list: string): string[] => list.split(' ');

const BOOL: OptionType = { bool: true };
const STRING: OptionType = { stringOnly: true };
const VALUE: OptionType = {};
const NULL_VALUE: OptionType = { list: { nul: true } };

/** Every option below, by how nopt takes its value. */
const TYPES = new Map<string, OptionType>([
  ...names('access https-proxy only otp pnpr-server proxy registry').map((n): [string, OptionType] => [n, NULL_VALUE]),
  ...names(
    'aggregate-output bail batch changeset config dangerously-allow-all-builds dev dry-run embed-readme ' +
      'engine-strict fail-if-no-match fix-lockfile force frozen-lockfile frozen-store git-checks global ' +
      'hoist ignore-pnpmfile ignore-scripts ignore-workspace ignore-workspace-root-check ' +
      'include-github-actions include-workspace-root interactive json latest lockfile ' +
      'lockfile-include-tarball-url lockfile-only merge-git-branch-lockfiles node-experimental-package-map ' +
      'offline optimistic-repeat-install optional parseable prefer-frozen-lockfile prefer-offline ' +
      'production provenance recursive report-summary reporter-hide-prefix resolution-only reverse runtime ' +
      'save save-dev save-exact save-optional save-peer save-prod save-workspace-protocol ' +
      'shamefully-flatten shamefully-hoist shared-workspace-lockfile shell-mode side-effects-cache ' +
      'side-effects-cache-readonly skip-manifest-obfuscation sort stream strict-peer-dependencies ' +
      'trust-lockfile unsafe-perm update-checksums use-running-store-server use-stderr use-store-server ' +
      'verify-store-integrity virtual-store-only workspace workspace-root yes',
  ).map((n): [string, OptionType] => [n, BOOL]),
  ...names(
    'allow-build changed-files-ignore-pattern child-concurrency cpu depth fetch-retries ' +
      'fetch-retry-factor fetch-retry-maxtimeout fetch-retry-mintimeout fetch-timeout filter filter-prod ' +
      'hoist-pattern hoisting-limits libc loglevel merge-git-branch-lockfiles-branch-pattern ' +
      'network-concurrency node-linker node-package-map-type os package package-import-method pm-on-fail ' +
      'prefix public-hoist-pattern scripts-prepend-node-path test-pattern trust-policy trust-policy-exclude ' +
      'trust-policy-ignore-after workspace-concurrency workspace-packages',
  ).map((n): [string, OptionType] => [n, VALUE]),
  ...names(
    'cache-dir dir global-bin-dir global-dir global-pnpmfile lockfile-dir lockfile-directory modules-dir ' +
      'noproxy npm-path pnpmfile publish-branch reporter resume-from save-catalog-name save-prefix ' +
      'store-dir tag use-node-version virtual-store-dir',
  ).map((n): [string, OptionType] => [n, STRING]),
  ...names('color').map((n): [string, OptionType] => [n, { bool: true, list: { values: names('always auto never') } }]),
  ...names('link-workspace-packages').map((n): [string, OptionType] => [
    n,
    { bool: true, list: { values: names('deep') } },
  ]),
]);

/** pnpm/src/cmd/index.ts GLOBAL_OPTIONS (v11 adds `yes` and `pm-on-fail`). */
const UNIVERSAL = names(
  'aggregate-output changed-files-ignore-pattern color dir fail-if-no-match filter filter-prod ' +
    'ignore-workspace include-workspace-root loglevel parseable pm-on-fail prefix reporter stream ' +
    'test-pattern use-stderr workspace-packages workspace-root yes',
);

/** Each command's cliOptionsTypes (install.ts, add.ts, update/index.ts, publish.ts, dlx.ts, exec.ts). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  install: names(
    'cache-dir child-concurrency cpu dangerously-allow-all-builds dev dry-run engine-strict fetch-retries ' +
      'fetch-retry-factor fetch-retry-maxtimeout fetch-retry-mintimeout fetch-timeout fix-lockfile force ' +
      'frozen-lockfile frozen-store global global-dir global-pnpmfile hoist hoist-pattern hoisting-limits ' +
      'https-proxy ignore-pnpmfile ignore-scripts libc link-workspace-packages lockfile lockfile-dir ' +
      'lockfile-directory lockfile-only merge-git-branch-lockfiles ' +
      'merge-git-branch-lockfiles-branch-pattern modules-dir network-concurrency ' +
      'node-experimental-package-map node-linker node-package-map-type noproxy offline only ' +
      'optimistic-repeat-install optional os package-import-method pnpmfile pnpr-server ' +
      'prefer-frozen-lockfile prefer-offline production proxy public-hoist-pattern recursive registry ' +
      'reporter resolution-only runtime save save-workspace-protocol scripts-prepend-node-path ' +
      'shamefully-flatten shamefully-hoist shared-workspace-lockfile side-effects-cache ' +
      'side-effects-cache-readonly store-dir strict-peer-dependencies trust-lockfile trust-policy ' +
      'trust-policy-exclude trust-policy-ignore-after unsafe-perm update-checksums use-running-store-server ' +
      'use-store-server verify-store-integrity virtual-store-dir virtual-store-only',
  ),
  add: names(
    'allow-build cache-dir child-concurrency config cpu dangerously-allow-all-builds engine-strict ' +
      'fetch-retries fetch-retry-factor fetch-retry-maxtimeout fetch-retry-mintimeout fetch-timeout force ' +
      'global global-bin-dir global-dir global-pnpmfile hoist hoist-pattern hoisting-limits https-proxy ' +
      'ignore-pnpmfile ignore-scripts ignore-workspace-root-check libc link-workspace-packages lockfile ' +
      'lockfile-dir lockfile-directory lockfile-only modules-dir network-concurrency ' +
      'node-experimental-package-map node-linker node-package-map-type noproxy npm-path offline only ' +
      'optional os package-import-method pnpmfile prefer-offline production proxy public-hoist-pattern ' +
      'recursive registry reporter save save-catalog-name save-dev save-exact save-optional save-peer ' +
      'save-prefix save-prod save-workspace-protocol shamefully-flatten shamefully-hoist ' +
      'shared-workspace-lockfile side-effects-cache side-effects-cache-readonly store-dir ' +
      'strict-peer-dependencies trust-lockfile trust-policy trust-policy-exclude trust-policy-ignore-after ' +
      'unsafe-perm use-running-store-server use-store-server verify-store-integrity virtual-store-dir ' +
      'workspace',
  ),
  update: names(
    'cache-dir changeset dangerously-allow-all-builds depth dev engine-strict fetch-retries ' +
      'fetch-retry-factor fetch-retry-maxtimeout fetch-retry-mintimeout fetch-timeout force global ' +
      'global-dir global-pnpmfile https-proxy ignore-pnpmfile ignore-scripts include-github-actions ' +
      'interactive latest lockfile lockfile-dir lockfile-directory lockfile-include-tarball-url ' +
      'lockfile-only network-concurrency node-experimental-package-map node-package-map-type noproxy ' +
      'npm-path offline only optional package-import-method pnpmfile prefer-offline production proxy ' +
      'recursive registry reporter save save-exact save-prefix save-workspace-protocol ' +
      'scripts-prepend-node-path shamefully-flatten shamefully-hoist shared-workspace-lockfile ' +
      'side-effects-cache side-effects-cache-readonly store-dir unsafe-perm use-running-store-server ' +
      'workspace',
  ),
  publish: names(
    'access batch dry-run embed-readme force git-checks ignore-scripts json npm-path otp provenance ' +
      'publish-branch recursive registry report-summary skip-manifest-obfuscation tag unsafe-perm',
  ),
  dlx: names('allow-build cpu libc os package shell-mode use-node-version'),
  exec: names(
    'bail node-experimental-package-map node-package-map-type recursive report-summary ' +
      'reporter-hide-prefix resume-from reverse shell-mode sort unsafe-perm use-node-version ' +
      'workspace-concurrency',
  ),
  ci: [],
};

/** pnpm/src/shorthands.ts (v11 adds `-y`); a shorthand's words are split at white space, as nopt does. */
const UNIVERSAL_SHORTHANDS: Record<string, string> = {
  s: '--reporter=silent',
  d: '--loglevel=info',
  dd: '--loglevel=verbose',
  ddd: '--loglevel=silly',
  L: '--latest',
  r: '--recursive',
  silent: '--reporter=silent',
  verbose: '--loglevel=verbose',
  quiet: '--loglevel=warn',
  q: '--loglevel=warn',
  h: '--help',
  H: '--help',
  '?': '--help',
  usage: '--help',
  v: '--version',
  f: '--force',
  local: '--no-global',
  l: '--long',
  p: '--parseable',
  porcelain: '--parseable',
  prod: '--production',
  development: '--dev',
  g: '--global',
  S: '--save',
  D: '--save-dev',
  P: '--save-prod',
  E: '--save-exact',
  O: '--save-optional',
  C: '--dir',
  w: '--workspace-root',
  i: '--interactive',
  F: '--filter',
  y: '--yes',
};

/** Each command's own shorthands (exec's `--parallel` is run.ts's). */
const COMMAND_SHORTHANDS: Record<string, Record<string, string>> = {
  install: { D: '--dev', P: '--production' },
  update: { D: '--dev', P: '--production' },
  add: { 'save-catalog': '--save-catalog-name=default' },
  dlx: { c: '--shell-mode' },
  exec: { c: '--shell-mode', parallel: '--workspace-concurrency=Infinity --no-sort --stream --recursive' },
};

/** Command names and aliases (each command's `commandNames`) for the commands tabled above. */
const LONG_NAMES = new Map<string, string>([
  ...['install', 'i'].map((n): [string, string] => [n, 'install']),
  ...['update', 'up', 'upgrade'].map((n): [string, string] => [n, 'update']),
  ...['ci', 'clean-install', 'ic', 'install-clean'].map((n): [string, string] => [n, 'ci']),
  ...['add', 'publish', 'dlx', 'exec'].map((n): [string, string] => [n, n]),
]);

const RECURSIVE = new Set(['recursive', 'multi', 'm']);
const ESCAPE = new Set(['create', 'exec', 'test']);

function table(optionNames: Iterable<string>, shorthands: Record<string, string>): OptionTable {
  const types = new Map<string, OptionType>([['recursive', BOOL]]);
  for (const n of optionNames) types.set(n, TYPES.get(n)!);
  const shorts = new Map(Object.entries(shorthands).map(([k, v]): [string, string[]] => [k, v.split(/\s+/)]));
  return { types, shorthands: shorts };
}

let tables: { first: OptionTable; byCommand: Map<string, OptionTable> } | undefined;
function pnpmTables(): { first: OptionTable; byCommand: Map<string, OptionTable> } {
  if (tables) return tables;
  const first = table(
    ['filter', ...UNIVERSAL, ...COMMAND_OPTIONS.add!, ...COMMAND_OPTIONS.install!],
    UNIVERSAL_SHORTHANDS,
  );
  (first.types as Map<string, OptionType>).set('help', BOOL);
  const byCommand = new Map<string, OptionTable>();
  for (const [command, own] of Object.entries(COMMAND_OPTIONS))
    byCommand.set(command, table([...UNIVERSAL, ...own], { ...UNIVERSAL_SHORTHANDS, ...COMMAND_SHORTHANDS[command] }));
  tables = { first, byCommand };
  return tables;
}

/** Options pnpm takes without knowing them: `--config.<key>`, `//host/:_authToken`, `@scope:registry`. */
function acceptedUnknown(name: string): boolean {
  return name.startsWith('config.') || name.startsWith('//') || /^@[a-z0-9][\w.-]*:registry$/.test(name);
}

export interface PnpmArgs extends NoptArgs {
  /** The command's long name (`install` for `i`; `add` for `install` with packages), or the first positional. */
  command: string | undefined;
  /** The command's parameters: the positionals after it. */
  params: string[];
  /** Where the command word stands in argv (-1: none, or from an expansion). */
  commandAt: number;
}

/** Reads `argv` (with the program at 0) as pnpm 10.34.5 and 11.22.0 do; see the module comment. */
export function readPnpmArgs(argv: readonly string[]): PnpmArgs {
  const { first, byCommand } = pnpmTables();
  const explored = readNoptArgs(argv, first, 1, ESCAPE);
  const recursive = RECURSIVE.has(explored.positionals[0] ?? '');
  const words = recursive ? explored.positionals.slice(1) : explored.positionals;
  const name = words[0];
  let command = name === undefined ? undefined : (LONG_NAMES.get(name) ?? name);
  if (command === 'install' && words.length > 1) command = 'add';
  const own = command === undefined ? undefined : byCommand.get(command);
  // dlx's options end at the package it runs, as run's do at the script (SPECIALLY_ESCAPED_CMDS).
  const escape = command === 'dlx' && words[1] !== undefined ? new Set([words[1]]) : ESCAPE;
  const read = own ? readNoptArgs(argv, own, 1, escape) : explored;
  const positionals = recursive ? read.positionals.slice(1) : read.positionals;
  const at = recursive ? read.positionalAt.slice(1) : read.positionalAt;
  return {
    ...read,
    commandAt: at[0] ?? -1,
    unknown: read.unknown.filter((u) => !acceptedUnknown(u.name)),
    command,
    params: positionals.slice(1),
  };
}
