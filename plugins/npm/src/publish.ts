/**
 * How npm-registry publishes are recognised and how they authenticate: the clients' own `publish`
 * (and npm's staged publishing), the release tools that call them (lerna, Changesets, semantic-release,
 * np, release-it, Nx), project scripts named for publishing, and the publish actions.
 * https://docs.npmjs.com/cli/commands/npm-publish · https://docs.npmjs.com/trusted-publishers
 */
import type { ActionStep, CommandVerdict, ShellCommand } from '@inert/core';
import { readPnpmArgs } from './pnpm-options.js';
import { readYarnArgs } from './yarn-options.js';

/** Variables the clients (and setup-node's generated .npmrc) read a registry token from. */
const TOKEN_ENV = /NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG_TOKEN/i;

const base = (p: string): string => p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1).replace(/\.(cmd|exe)$/i, '');

function tokenVariable(env: Readonly<Record<string, string>>): string | undefined {
  return Object.keys(env).find((k) => TOKEN_ENV.test(k) && env[k] !== '');
}

/**
 * A stored token wins over OIDC: when both are present the long-lived token is in the job either way
 * (npm >= 11.5.1 tries trusted publishing first and falls back to the token).
 */
function auth(c: ShellCommand | ActionStep, token: string | undefined): CommandVerdict['auth'] {
  return token ? 'token' : c.idToken ? 'oidc' : 'none-visible';
}

/** The variable a token was read from, for the CI reader to resolve (the job's GITHUB_TOKEN is not a stored secret). */
function viaEnv(token: string | undefined): Pick<CommandVerdict, 'credential'> {
  return token ? { credential: { from: 'env', name: token } } : {};
}

/** `--registry <url>` / `--registry=<url>`: GitHub Packages when it is npm.pkg.github.com. */
function registryNote(args: readonly string[]): string {
  const at = args.findIndex((a) => a === '--registry' || a.startsWith('--registry='));
  const url = at < 0 ? '' : args[at]!.includes('=') ? args[at]!.slice(11) : (args[at + 1] ?? '');
  return /^https?:\/\/npm\.pkg\.github\.com/i.test(url) ? 'to GitHub Packages (npm.pkg.github.com)' : '';
}

/** `--dry-run`, `--dry-run=true`: nothing is uploaded; `--dry-run=$X`: depends on a value set at run time. */
function dryRun(args: readonly string[], ...names: string[]): 'yes' | 'dynamic' | 'no' {
  for (const a of args) {
    const [flag = '', value] = a.split('=', 2) as [string, string | undefined];
    if (!names.includes(flag)) continue;
    if (value === undefined || /^(?:true|1)$/i.test(value)) return 'yes';
    if (/[$`]/.test(value)) return 'dynamic';
  }
  return 'no';
}

/**
 * Why a provenance setting signs nothing, for the clients without a signer: the bun 1.4.3 binary ignores it and
 * 1.4.4/1.4.5 stop with an error on it; Yarn 1's own publish (yarnpkg/yarn v1.22.22) accepts `--provenance` and ignores it.
 */
const NO_SIGNER: Readonly<Record<string, string>> = {
  bun: 'bun signs none: it ignores the provenance setting before 1.4.4 and stops the publish with an error on it from 1.4.4',
  yarn: 'Yarn 1 signs none: it accepts the provenance setting and ignores it',
};

/**
 * A provenance setting in the environment: npm and pnpm read `NPM_CONFIG_PROVENANCE`; Yarn berry reads its own
 * `npmPublishProvenance` (`YARN_NPM_PUBLISH_PROVENANCE`; its `--provenance` help names `YARN_NPM_CONFIG_PROVENANCE`).
 */
function envProvenance(env: Readonly<Record<string, string>>, berry: boolean): boolean {
  const value = berry
    ? (env.YARN_NPM_PUBLISH_PROVENANCE ?? env.YARN_NPM_CONFIG_PROVENANCE)
    : (env.NPM_CONFIG_PROVENANCE ?? env.npm_config_provenance);
  return /^(?:true|1)$/i.test(value ?? '');
}

function noUpload(what: string): CommandVerdict {
  return { action: 'other', classification: 'local', reason: `${what} --dry-run uploads nothing` };
}

/**
 * `npm publish`, `npm stage publish`, `pnpm publish`, `yarn npm publish`, `bun publish`. Provenance:
 * `--provenance`, the environment's setting, or npm and pnpm under trusted publishing (npm >= 11.5.1 and pnpm
 * >= 11.0.0 attest automatically when they publish with OIDC); never for bun (up to 1.4.5) or Yarn 1, which have no
 * signer.
 */
export function clientPublish(
  c: ShellCommand,
  program: string,
  staged = false,
  exchangesOidc = true,
  /** False for a client that cannot sign a provenance statement (bun, Yarn 1's `yarn publish`). */
  signsProvenance = true,
): CommandVerdict {
  const args = c.argv.slice(1);
  const what = `${program}${staged ? ' stage' : ''} publish`;
  const dry = dryRun(args, '--dry-run');
  if (dry === 'yes') return noUpload(what);
  const flagged = args.includes('--provenance') || envProvenance(c.env, program === 'yarn' && exchangesOidc);
  const token = tokenVariable(c.env);
  // A client without a provenance signer (bun, Yarn 1) publishes unattested whatever the setting says.
  const unsigned = !signsProvenance && flagged;
  // Under trusted publishing npm (>= 11.5.1) and pnpm (its own exchange from 11.0.0, `npm publish` before) attest by
  // themselves for a public package from a public repository; `yarn npm publish` attests only when asked.
  const auto = !token && c.idToken === true && (program === 'npm' || program === 'pnpm');
  const provenance = !unsigned && (flagged || auto);
  // bun publish (bun 1.4.5) and Yarn 1's yarn publish have no OIDC exchange: they need a token, from a file if not the env.
  const noExchange = !exchangesOidc && !token && c.idToken === true;
  const notes = [
    unsigned ? (NO_SIGNER[program] ?? '') : '',
    registryNote(args),
    staged ? 'staged: held on the registry until a maintainer approves it with 2FA' : '',
    token ? `with the token in ${token}` : '',
    noExchange
      ? `${what} does not exchange the job\u2019s OIDC token, so the token it publishes with is not in the step`
      : '',
    dry === 'dynamic' ? 'unless its --dry-run value is true at run time' : '',
  ].filter(Boolean);
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${what} ${provenance ? 'with' : 'without'} provenance${notes.length ? ` (${notes.join('; ')})` : ''}`,
    auth: noExchange ? 'none-visible' : auth(c, token),
    ...viaEnv(token),
    ...(exchangesOidc ? {} : { oidcExchange: false }),
    provenance,
  };
}

/** A release tool's publish: the tool runs the client, so provenance is known only from the flag or the env. */
function toolPublish(c: ShellCommand, what: string, args: readonly string[]): CommandVerdict {
  const token = tokenVariable(c.env);
  const flagged =
    args.includes('--provenance') ||
    /^(?:true|1)$/i.test(c.env.NPM_CONFIG_PROVENANCE ?? c.env.npm_config_provenance ?? '');
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${what} publishes to the npm registry${token ? ` with the token in ${token}` : ''}`,
    auth: auth(c, token),
    ...viaEnv(token),
    ...(flagged ? { provenance: true } : {}),
  };
}

/** Release tools whose own command publishes, and the package that provides each binary. */
const TOOL_PACKAGES: Readonly<Record<string, string>> = {
  lerna: 'lerna',
  changeset: 'changeset',
  '@changesets/cli': 'changeset',
  'semantic-release': 'semantic-release',
  np: 'np',
  'release-it': 'release-it',
  nx: 'nx',
};

/** Flags of the runners that take the next word as their value. */
const RUNNER_VALUE_FLAGS = new Set(['-p', '--package', '-c', '--call', '--filter', '-F', '-C', '--dir', '--cwd']);

/** The release tool a command runs and its arguments: `lerna publish`, `npx lerna@8 publish`, `pnpm exec nx release`, `yarn changeset publish`. */
function releaseTool(argv: readonly string[]): { tool: string; args: string[] } | undefined {
  const program = base(argv[0] ?? '');
  if (TOOL_PACKAGES[program]) return { tool: TOOL_PACKAGES[program], args: argv.slice(1) };
  let rest: readonly string[];
  if (program === 'npx' || program === 'pnpx' || program === 'bunx') rest = argv.slice(1);
  else if (program === 'npm' || program === 'yarn' || program === 'pnpm' || program === 'bun') {
    const i = commandIndex(program, argv);
    const sub = argv[i];
    if (sub === undefined) return undefined;
    rest = ['exec', 'x', 'dlx', 'run'].includes(sub) ? argv.slice(i + 1) : program === 'npm' ? [] : argv.slice(i);
  } else return undefined;
  const j = firstPositional(rest, 0);
  const spec = rest[j];
  if (spec === undefined) return undefined;
  const at = spec.lastIndexOf('@');
  const tool = TOOL_PACKAGES[at > 0 ? spec.slice(0, at) : spec];
  return tool ? { tool, args: rest.slice(j + 1) } : undefined;
}

/**
 * Where the command stands in a client's argv: pnpm's and Yarn's as they read their options (pnpm-options.ts,
 * yarn-options.ts: `pnpm --filter web run release`, `yarn --mutex network release`), npm's and Bun's at the
 * first word that is neither an option nor a runner option's value.
 */
function commandIndex(program: string, argv: readonly string[]): number {
  if (program === 'pnpm') {
    const at = readPnpmArgs(argv).commandAt;
    return at >= 0 ? at : argv.length;
  }
  return program === 'yarn' ? readYarnArgs(argv).commandAt : firstPositional(argv, 1);
}

function firstPositional(words: readonly string[], from: number): number {
  let i = from;
  while (i < words.length) {
    const w = words[i]!;
    if (w === '--') return i + 1;
    if (!w.startsWith('-')) return i;
    i += RUNNER_VALUE_FLAGS.has(w) ? 2 : 1;
  }
  return i;
}

/** What a release tool does with its arguments: publish, or nothing the registry sees. */
function judgeTool(c: ShellCommand, tool: string, args: readonly string[]): CommandVerdict | undefined {
  const positional = args.filter((a) => !a.startsWith('-'));
  switch (tool) {
    case 'lerna':
      return positional[0] === 'publish' ? toolPublish(c, 'lerna publish', args) : undefined;
    case 'changeset':
      return positional[0] === 'publish' ? toolPublish(c, 'changeset publish', args) : undefined;
    case 'semantic-release':
      return dryRun(args, '--dry-run', '-d') === 'yes'
        ? noUpload('semantic-release')
        : toolPublish(c, 'semantic-release (its npm plugin)', args);
    case 'np':
      if (args.includes('--no-publish') || args.includes('--preview'))
        return { action: 'other', classification: 'local', reason: 'np --no-publish / --preview uploads nothing' };
      return toolPublish(c, 'np', args);
    case 'release-it':
      if (
        dryRun(args, '--dry-run', '-d') === 'yes' ||
        args.includes('--no-npm.publish') ||
        args.includes('--npm.publish=false') ||
        args.includes('--release-version') ||
        args.includes('--changelog')
      )
        return { action: 'other', classification: 'local', reason: 'release-it without its npm publish step' };
      return toolPublish(c, 'release-it (unless its config turns npm.publish off)', args);
    case 'nx': {
      if (positional[0] !== 'release') return undefined;
      const sub = positional[1];
      // `nx release [specifier]` versions, writes changelogs and publishes; its subcommands do one step each.
      const publishes =
        sub === 'publish' ||
        ((sub === undefined || /^[\d.]|^(?:major|minor|patch|pre)/.test(sub)) && !args.includes('--skip-publish'));
      if (!publishes) return undefined;
      const dry = dryRun(args, '--dry-run', '-d');
      if (dry === 'yes') return noUpload(`nx release ${sub ?? ''}`.trim());
      const verdict = toolPublish(c, `nx release${sub === 'publish' ? ' publish' : ''}`, args);
      return dry === 'dynamic'
        ? { ...verdict, reason: `${verdict.reason}, unless its --dry-run value is true at run time` }
        : verdict;
    }
    default:
      return undefined;
  }
}

/** Script-name words that say the script is not a registry publish (`publish:docs`, `publish-dry`). */
const NOT_REGISTRY = new Set([
  'dry',
  'dryrun',
  'docs',
  'doc',
  'site',
  'website',
  'pages',
  'storybook',
  'preview',
  'check',
]);
/** Subcommands of the clients that are theirs, not a project script or plugin command. */
const BUILTINS = new Set([
  'publish',
  'stage',
  'npm',
  'pack',
  'version',
  'exec',
  'dlx',
  'x',
  'run',
  'run-script',
  'install',
  'i',
  'add',
  'ci',
  'workspace',
  'workspaces',
  'test',
  'build',
  'info',
  'view',
  'why',
  'config',
  'link',
  'remove',
  'update',
  'up',
]);

/**
 * A project script or workspace plugin command named for publishing: `pnpm run ci-publish`, `npm run
 * publish:npm`, `yarn release`, `yarn release-tool publish` (a Yarn plugin command whose subcommand is
 * `publish`). What it runs is in package.json or the plugin, outside the workflow: the route is a
 * publish of unknown form, authenticated by what the step's environment holds.
 */
function projectScript(c: ShellCommand): CommandVerdict | undefined {
  const program = base(c.argv[0] ?? '');
  if (program !== 'npm' && program !== 'yarn' && program !== 'pnpm' && program !== 'bun') return undefined;
  const i = commandIndex(program, c.argv);
  const sub = c.argv[i];
  if (sub === undefined) return undefined;
  const viaRun = sub === 'run' || sub === 'run-script' || (program === 'npm' && (sub === 'rum' || sub === 'urn'));
  if (!viaRun && (program === 'npm' || BUILTINS.has(sub))) return undefined;
  const at = viaRun ? firstPositional(c.argv, i + 1) : i;
  const name = c.argv[at];
  if (name === undefined || /[$`]/.test(name)) return undefined;
  const parts = name.toLowerCase().split(/[:._\-/]/);
  if (parts.some((p) => NOT_REGISTRY.has(p))) return undefined;
  const later = c.argv.slice(at + 1).filter((a) => !a.startsWith('-'));
  const named = parts.includes('publish') || name === 'release';
  if (!named && later[0] !== 'publish') return undefined;
  if (dryRun(c.argv, '--dry-run', '--dry') === 'yes') return noUpload(`${program} ${name}`);
  const token = tokenVariable(c.env);
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${program} ${name}${named ? '' : ' publish'} runs a project script, plugin command or local binary named for publishing (what it runs is outside the workflow)${token ? `, with the token in ${token}` : ''}`,
    auth: auth(c, token),
    ...viaEnv(token),
    ...(c.argv.includes('--provenance') || /^(?:true|1)$/i.test(c.env.NPM_CONFIG_PROVENANCE ?? '')
      ? { provenance: true }
      : {}),
  };
}

/** Release tools run directly or through a runner, then project scripts named for publishing. */
export function classifyRelease(c: ShellCommand): CommandVerdict | undefined {
  const found = releaseTool(c.argv);
  if (found) return judgeTool(c, found.tool, found.args);
  return projectScript(c);
}

const truthy = (v: string | undefined): boolean => v !== undefined && /^(?:true|1)$/i.test(v.trim());

/**
 * changesets/action publishes when given its publish command (`publish:` in v1, `publish-script:` in
 * v2; v1 writes NPM_TOKEN into ~/.npmrc); changesets/action/publish (v2) always publishes.
 * JS-DevTools/npm-publish publishes with its `token:` input, or with trusted publishing (v4) when none.
 */
export function classifyNpmAction(step: ActionStep): CommandVerdict | undefined {
  const name = step.uses.split('@')[0] ?? '';
  if (name === 'JS-DevTools/npm-publish') {
    if (truthy(step.with['dry-run'])) return noUpload(name);
    const token = step.with.token ? 'token' : undefined;
    const oidc = !token && step.idToken === true;
    return {
      action: 'publish',
      classification: 'unknown',
      reason: token
        ? `${name} with the token input`
        : oidc
          ? `${name} with trusted publishing (OIDC)`
          : `${name} without a token input and without id-token: write`,
      auth: token ? 'token' : oidc ? 'oidc' : 'none-visible',
      ...(token ? { credential: { from: 'input' as const, name: 'token' } } : {}),
      provenance: truthy(step.with.provenance) || oidc,
    };
  }
  const script =
    name === 'changesets/action/publish'
      ? (step.with.script ?? 'changeset publish')
      : (step.with.publish ?? step.with['publish-script']);
  if (!script) return undefined;
  const token = tokenVariable(step.env);
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${name} runs \`${script}\` to publish${token ? ` with the token in ${token}` : ''}`,
    auth: auth(step, token),
    ...viaEnv(token),
    ...(/--provenance/.test(script) || truthy(step.env.NPM_CONFIG_PROVENANCE) ? { provenance: true } : {}),
  };
}

export const NPM_PUBLISH_ACTIONS = ['changesets/action', 'changesets/action/publish', 'JS-DevTools/npm-publish'];
