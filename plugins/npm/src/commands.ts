/** CI command rules for npm, pnpm, Yarn and Bun: strict vs lax installs, ad hoc installs, publish with or without provenance. https://docs.npmjs.com/cli/commands/npm-ci */
import type { CommandContext, CommandRule, CommandVerdict, ShellCommand } from '@inert/core';
import { declaredOf, lockedOf, lockOffOf } from './command-context.js';
import { npmWords, pnpmWords, unknownOptionVerdict, words } from './command-words.js';
import { classifyNpmAction, classifyRelease, clientPublish, NPM_PUBLISH_ACTIONS } from './publish.js';
import { PUBLISH_ROUTES } from './publish-routes.js';
import { isCi, yarnFactsOf, yarnInstallVerdict } from './yarn-install.js';
import { readYarnArgs } from './yarn-options.js';

const INSTALL = new Set([
  'install',
  'i',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
  'add',
]);

/** `pkg@1.2.3`, `@scope/pkg@1.2.3`: an exact version (npm never lets a published version change). */
function exactVersion(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  return at > 0 && /^v?\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(spec.slice(at + 1));
}

/** Flags of npx / npm exec / pnpm dlx / bunx that take the next word as their value. */
const RUNNER_VALUE_FLAGS = new Set([
  '-p',
  '--package',
  '-c',
  '--call',
  '--registry',
  '--cache',
  '--userconfig',
  '-w',
  '--workspace',
]);

/**
 * `npx pkg`, `npm exec pkg`, `pnpm dlx pkg`, `yarn dlx pkg`, `bunx pkg`: a package run from the registry.
 * With `--no-install`/`--no` only a locally installed binary runs; an exact version (`pkg@1.2.3`, or
 * `-p pkg@1.2.3`) is pinned; anything else is whatever the registry serves today.
 */
function registryRun(
  who: string,
  args: readonly string[],
  local?: { command: ShellCommand; context: CommandContext | undefined },
): CommandVerdict | undefined {
  if (args.includes('--no-install') || args.includes('--no'))
    return {
      action: 'install',
      classification: 'local',
      reason: `${who} --no-install runs only a binary already installed from the lock`,
    };
  const packages: string[] = [];
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      target ??= args[i + 1];
      break;
    }
    if (a.startsWith('--package=')) {
      packages.push(a.slice(10));
      continue;
    }
    if (RUNNER_VALUE_FLAGS.has(a)) {
      if (a === '-p' || a === '--package') packages.push(args[i + 1] ?? '');
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    target = a;
    break;
  }
  const specs = packages.length > 0 ? packages : target !== undefined ? [target] : [];
  if (specs.length === 0) return undefined;
  if (specs.every((p) => /^(?:\.{0,2}\/|file:)/.test(p)))
    return { action: 'install', classification: 'local', reason: `${who} ${specs[0]}: a local package` };
  const installed = local ? lockedInstalled(specs, packages.length === 0, local.command, local.context) : {};
  if (installed.verdict) return installed.verdict;
  if (specs.every(exactVersion))
    return {
      action: 'install',
      classification: 'strict',
      reason: `${who} ${specs.join(' ')}: pinned to an exact version (no integrity hash outside a lockfile)`,
    };
  return {
    action: 'install',
    classification: 'adhoc',
    reason: `${who} ${specs.join(' ')} downloads and runs whatever version the registry serves today, outside any lock${installed.note ? `; ${installed.note}` : ''}`,
  };
}

/**
 * `npx eslint` or `npx tsc` after the job installed the project from its lockfile: npx (and `npm exec`,
 * `bunx`) first look for the command in every node_modules/.bin from the project up, and run a package
 * already in the installed tree without downloading it (libnpmexec 9.0.0, npm 10.9.0: lib/index.js
 * `localFileExists` and `missingFromTree`). So a command is local when it names a locked direct
 * dependency of the project it runs in, or, run as a command (not `-p pkg`), a binary the lock says the
 * install links there (package-lock's and Yarn berry's `bin` maps, bun.lock's `bin`). Otherwise the
 * note says why the lock could not tell (pnpm-lock and Yarn classic record no binary names), and the
 * run stays ad hoc: conservatively, a binary the files do not show installed is taken to be fetched.
 */
function lockedInstalled(
  specs: readonly string[],
  byCommand: boolean,
  command: ShellCommand,
  context: CommandContext | undefined,
): { verdict?: CommandVerdict; note?: string } {
  const locked = lockedOf(context);
  const declared = specs.length === 1 ? declaredOf(context)?.get(specs[0]!) : undefined;
  const declaredIn = declared ? `\`${specs[0]!}\` is declared in ${declared.manifest} (\`${declared.spec}\`)` : '';
  if (!command.installedBefore?.includes('npm'))
    return declared
      ? { note: `${declaredIn}, but no install ran earlier in the job, so the runner does not find it installed` }
      : {};
  if (!locked) return declared ? unlocked(declaredIn, 'no lockfile locks it') : {};
  if (locked.noBinDir) return { note: locked.noBinDir };
  const installed = (why: string): { verdict: CommandVerdict } => ({
    verdict: {
      action: 'install',
      classification: 'local',
      reason: `${why}, installed earlier in the job, so the runner uses its installed binary`,
    },
  });
  if (specs.every((s) => locked.names.has(s)))
    return installed(`${specs.join(' ')}: a direct dependency locked in ${locked.lock}`);
  const bin = byCommand ? locked.bins.get(specs[0]!) : undefined;
  if (bin !== undefined)
    return installed(`${specs[0]!}: a binary of ${bin}, which ${locked.lock} locks with that \`bin\``);
  if (declared) return unlocked(declaredIn, `${locked.lock} has no entry for it`);
  if (byCommand && locked.binsUnrecorded)
    return {
      note: `whether \`${specs[0]!}\` is a binary the install links is undeterminable, so it is taken to be fetched: ${locked.binsUnrecorded}`,
    };
  return {};
}

/**
 * A declared dependency no lock pins, after an install in the job: the install resolved the declared
 * range at run time (a strict install such as `npm ci` refuses a lock that lacks a declared
 * dependency), and the runner runs what it got.
 */
function unlocked(declaredIn: string, why: string): { verdict: CommandVerdict } {
  return {
    verdict: {
      action: 'install',
      classification: 'lax',
      unlocked: true,
      reason: `${declaredIn} but ${why}: the install earlier in the job resolved that range at run time, so the runner uses whatever version the registry served then`,
    },
  };
}

/**
 * Where package-lock is off for this command: `--no-package-lock`/`--package-lock=false`, an
 * `npm_config_package_lock` variable (npm reads npm_config_* case-insensitively), or the project's .npmrc.
 */
function lockOff(c: ShellCommand, flags: Set<string>, context: CommandContext | undefined): string | undefined {
  if (c.argv.includes('--package-lock=false')) return '--package-lock=false';
  if (flags.has('--no-package-lock')) return '--no-package-lock';
  const env = Object.entries(c.env).find(([k]) => k.toLowerCase() === 'npm_config_package_lock');
  if (env) return env[1] === 'false' ? `${env[0]}=false` : undefined;
  const rc = lockOffOf(context);
  return rc && `package-lock=false (${rc.where})`;
}

// npm-package-arg (npm 10.9.0's, lib/npa.js `isPosixFile`, and its `file:` specs): an argument
// starting with `.`, `~/`, `/` or a drive letter is a folder or tarball on disk, not a registry name.
const LOCAL_SPEC = /^(?:[./]|~\/|[a-z]:|file:)/i;

function scriptsNote(flags: Set<string>): string {
  return flags.has('--ignore-scripts') ? ' with --ignore-scripts' : '';
}

const npmRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['npm'],
  classify(c, runContext) {
    const { sub, args, flags, prefix } = npmWords(c);
    // `--prefix dir` moves the project (its package-lock and .npmrc) to a directory this context is not for.
    const context = prefix === undefined ? runContext : undefined;
    const where = prefix === undefined ? '' : ` (in \`${prefix}\`, from --prefix)`;
    if (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean' || sub === 'ic')
      return {
        action: 'install',
        classification: 'strict',
        reason: `npm ci installs exactly package-lock.json${scriptsNote(flags)}`,
      };
    if (sub !== undefined && INSTALL.has(sub)) {
      if (flags.has('--offline'))
        return {
          action: 'install',
          classification: 'local',
          reason: `npm ${sub} --offline installs only from the local cache`,
        };
      if (flags.has('--global') || args.length > 0)
        return {
          action: 'install',
          classification: 'adhoc',
          reason: `npm ${sub} ${args.join(' ') || '(global)'} installs ${args.length > 0 && args.every((a) => LOCAL_SPEC.test(a)) ? 'a local folder or tarball, and the dependencies it declares,' : 'named packages'} outside the lock`,
        };
      const off = lockOff(c, flags, context);
      if (off)
        return {
          action: 'install',
          classification: 'lax',
          reason: `npm ${sub}${where} under ${off} neither reads nor writes a lockfile: every run resolves the dependency ranges afresh, with no locked version or hash${scriptsNote(flags)}`,
          lockDisabled: true,
        };
      return {
        action: 'install',
        classification: 'lax',
        reason: `npm ${sub}${where} may rewrite package-lock.json instead of failing${scriptsNote(flags)}`,
      };
    }
    if (sub === 'update' || sub === 'up' || sub === 'upgrade')
      return { action: 'install', classification: 'lax', reason: 'npm update resolves new versions' };
    if (sub === 'publish') return clientPublish(c, 'npm');
    // npm >= 11.15.0: `npm stage publish` uploads a version that stays private until approved with 2FA.
    if (sub === 'stage' && args[0] === 'publish') return clientPublish(c, 'npm', true);
    if (sub === 'exec' || sub === 'x')
      return registryRun(`npm ${sub}`, c.argv.slice(c.argv.indexOf(sub) + 1), { command: c, context });
    return undefined;
  },
};

const npxRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['npx', 'pnpx', 'bunx'],
  classify(c, context) {
    const who = c.argv[0]!.replace(/^.*[/\\]/, '');
    // pnpx is `pnpm dlx`, which always fetches; npx and bunx look in node_modules/.bin first.
    return registryRun(who, c.argv.slice(1), who === 'pnpx' ? undefined : { command: c, context });
  },
};

/** pnpm's install commands and aliases, as written or as pnpm-options.ts names them. */
const PNPM_INSTALLS = new Set(['install', 'i', 'add', 'update', 'up', 'upgrade']);

const pnpmRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['pnpm'],
  classify(c) {
    const { sub, args, flags, unknown } = pnpmWords(c);
    const undeterminable = unknownOptionVerdict('pnpm', sub, args, unknown, PNPM_INSTALLS);
    if (undeterminable) return undeterminable;
    if (sub === 'dlx') return registryRun('pnpm dlx', c.argv.slice(c.argv.indexOf('dlx') + 1));
    if (sub === 'publish') return clientPublish(c, 'pnpm');
    // pnpm >= 11.3.0: `pnpm stage publish`, npm's staged publishing.
    if (sub === 'stage' && args[0] === 'publish') return clientPublish(c, 'pnpm', true);
    // pnpm reads `install` with packages as `add` (parse-cli-args).
    if (sub === 'add')
      return {
        action: 'install',
        classification: 'adhoc',
        reason: `pnpm add ${args.join(' ')} adds packages outside the lock`,
      };
    if (sub === 'update')
      return { action: 'install', classification: 'lax', reason: 'pnpm update resolves new versions' };
    if (sub !== undefined && sub !== 'install') return undefined;
    if (flags.has('--no-frozen-lockfile') || flags.has('--fix-lockfile'))
      return {
        action: 'install',
        classification: 'lax',
        reason: `pnpm install ${flags.has('--fix-lockfile') ? '--fix-lockfile' : (c.argv.find((w) => w.startsWith('--frozen-lockfile=')) ?? '--no-frozen-lockfile')} may rewrite pnpm-lock.yaml`,
      };
    if (flags.has('--frozen-lockfile'))
      return {
        action: 'install',
        classification: 'strict',
        reason: `pnpm install --frozen-lockfile fails when the lock is out of date${scriptsNote(flags)}`,
      };
    // pnpm turns frozen-lockfile on by default when it detects CI
    if (isCi(c))
      return {
        action: 'install',
        classification: 'strict',
        reason: 'pnpm install in CI defaults to --frozen-lockfile',
      };
    return { action: 'install', classification: 'lax', reason: 'pnpm install outside CI may rewrite pnpm-lock.yaml' };
  },
};

/** Yarn's install commands (a bare `yarn` installs too). */
const YARN_INSTALLS = new Set(['install', 'add', 'up', 'upgrade']);

const yarnRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['yarn'],
  classify(c, runContext) {
    const { command: sub, args, flags, unknown, cwd } = readYarnArgs(c.argv);
    // `--cwd dir` moves the project (its yarn.lock, .yarnrc.yml and Yarn) to a directory this context is not for.
    const context = cwd === undefined ? runContext : undefined;
    const undeterminable = unknownOptionVerdict('yarn', sub, args, unknown, YARN_INSTALLS);
    if (undeterminable) return undeterminable;
    if (sub === 'dlx') return registryRun('yarn dlx', c.argv.slice(c.argv.indexOf('dlx') + 1));
    if (sub === 'npm' && args[0] === 'publish') return clientPublish(c, 'yarn');
    // Yarn 1 (berry has no `yarn publish`): no OIDC exchange in yarnpkg/yarn at 1.23.0-0, and no provenance
    // (1.22.22 accepts `--provenance` and goes on to log in).
    if (sub === 'publish') return clientPublish(c, 'yarn', false, false, false);
    // `yarn workspaces foreach -A npm publish`, `yarn workspace @scope/pkg npm publish` (Yarn berry).
    if ((sub === 'workspaces' || sub === 'workspace') && args.some((a, i) => a === 'npm' && args[i + 1] === 'publish'))
      return clientPublish(c, 'yarn');
    if (sub === 'add' || (sub === 'global' && args[0] === 'add'))
      return {
        action: 'install',
        classification: 'adhoc',
        reason: 'yarn add installs named packages outside the lock',
      };
    if (sub === 'upgrade' || sub === 'up')
      return { action: 'install', classification: 'lax', reason: `yarn ${sub} resolves new versions` };
    if (sub !== undefined && sub !== 'install') return undefined;
    if (flags.has('--immutable') || flags.has('--frozen-lockfile'))
      return {
        action: 'install',
        classification: 'strict',
        reason: `yarn install ${flags.has('--immutable') ? '--immutable' : '--frozen-lockfile'} fails when the lock would change${scriptsNote(flags)}`,
      };
    if (flags.has('--no-immutable'))
      return { action: 'install', classification: 'lax', reason: 'yarn install --no-immutable may rewrite yarn.lock' };
    // Yarn ≥ 3 is immutable on CI by default, Yarn 2 and classic are not: the project's files say which runs.
    return yarnInstallVerdict(c, yarnFactsOf(context));
  },
};

const bunRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['bun'],
  classify(c) {
    const { sub, args, flags } = words(c);
    // No OIDC exchange or provenance signer in bun up to 1.4.5 (the exchange of oven-sh/bun#29374 was closed unmerged).
    if (sub === 'publish') return clientPublish(c, 'bun', false, false, false);
    if (sub === 'x') return registryRun('bun x', c.argv.slice(c.argv.indexOf('x') + 1));
    if (sub === 'add' || ((sub === 'install' || sub === 'i') && args.length > 0))
      return {
        action: 'install',
        classification: 'adhoc',
        reason: `bun ${sub} ${args.join(' ')} adds packages outside the lock`,
      };
    if (sub === 'update')
      return { action: 'install', classification: 'lax', reason: 'bun update resolves new versions' };
    // `bun ci` is `bun install --frozen-lockfile` from Bun 1.2.19 (the 1.2.18 binary runs a `ci` script instead).
    if (sub === 'ci')
      return {
        action: 'install',
        classification: 'strict',
        reason: `bun ci (Bun >= 1.2.19) fails when the lock would change${scriptsNote(flags)}`,
      };
    if (sub !== 'install' && sub !== 'i') return undefined;
    if (flags.has('--frozen-lockfile') || flags.has('--ci'))
      return {
        action: 'install',
        classification: 'strict',
        reason: `bun install --frozen-lockfile fails when the lock would change${scriptsNote(flags)}`,
      };
    return {
      action: 'install',
      classification: 'lax',
      // Bun does not freeze the lock on CI by itself (1.4.5 docs; Bun 1.2.19 with CI=true rewrote bun.lock)
      reason: 'bun install without --frozen-lockfile may rewrite bun.lock, on CI too',
    };
  },
};

/** Release tools (lerna, Changesets, semantic-release, np, release-it, Nx), project scripts named for publishing, and the publish actions. */
const releaseRule: CommandRule = {
  ecosystem: 'npm',
  programs: [
    'npm',
    'npx',
    'pnpx',
    'bunx',
    'pnpm',
    'yarn',
    'bun',
    'lerna',
    'changeset',
    'semantic-release',
    'np',
    'release-it',
    'nx',
  ],
  classify: classifyRelease,
  actions: NPM_PUBLISH_ACTIONS,
  classifyAction: classifyNpmAction,
  publishes: PUBLISH_ROUTES,
};

export const commands: readonly CommandRule[] = [npmRule, npxRule, pnpmRule, yarnRule, bunRule, releaseRule];
