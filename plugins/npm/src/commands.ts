/** CI command rules for npm, pnpm, Yarn and Bun: strict vs lax installs, ad hoc installs, publish with or without provenance. https://docs.npmjs.com/cli/commands/npm-ci */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

const INSTALL = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add']);

/** Words after the program, without the program and with `--flag=value` split off. */
function words(c: ShellCommand): { sub: string | undefined; args: string[]; flags: Set<string> } {
  const rest = c.argv.slice(1);
  const flags = new Set(rest.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]!));
  const args = rest.filter((a) => !a.startsWith('-'));
  return { sub: args[0], args: args.slice(1), flags };
}

function isCi(c: ShellCommand): boolean {
  const v = c.env.CI;
  return c.origin === 'github-actions' || c.origin === 'gitlab-ci' || (v !== undefined && v !== '' && v !== 'false' && v !== '0');
}

function scriptsNote(flags: Set<string>): string {
  return flags.has('--ignore-scripts') ? ' with --ignore-scripts' : '';
}

function publish(c: ShellCommand, flags: Set<string>, program: string): CommandVerdict {
  const provenance = flags.has('--provenance') || /^(true|1)$/i.test(c.env.NPM_CONFIG_PROVENANCE ?? c.env.npm_config_provenance ?? '');
  const token = Object.keys(c.env).some((k) => /NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN/i.test(k));
  const auth = c.idToken ? 'oidc' : token ? 'token' : 'none-visible';
  // npm ≥ 11.5 publishes with provenance automatically under trusted publishing (OIDC)
  const withProvenance = provenance || (c.idToken === true && program === 'npm');
  return { action: 'publish', classification: 'unknown', reason: `${program} publish ${withProvenance ? 'with' : 'without'} provenance`, auth, provenance: withProvenance };
}

const npmRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['npm'],
  classify(c) {
    const { sub, args, flags } = words(c);
    if (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean' || sub === 'ic') return { action: 'install', classification: 'strict', reason: `npm ci installs exactly package-lock.json${scriptsNote(flags)}` };
    if (sub !== undefined && INSTALL.has(sub)) {
      if (flags.has('-g') || flags.has('--global') || args.length > 0) return { action: 'install', classification: 'adhoc', reason: `npm ${sub} ${args.join(' ') || '(global)'} installs named packages outside the lock` };
      return { action: 'install', classification: 'lax', reason: `npm ${sub} may rewrite package-lock.json instead of failing${scriptsNote(flags)}` };
    }
    if (sub === 'update' || sub === 'up' || sub === 'upgrade') return { action: 'install', classification: 'lax', reason: 'npm update resolves new versions' };
    if (sub === 'publish') return publish(c, flags, 'npm');
    if (sub === 'exec' || sub === 'x') return { action: 'install', classification: 'adhoc', reason: 'npm exec downloads and runs a package not pinned by the lock' };
    return undefined;
  },
};

const npxRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['npx', 'pnpx', 'bunx'],
  classify(c) {
    const target = c.argv.slice(1).find((a) => !a.startsWith('-'));
    if (!target) return undefined;
    return { action: 'install', classification: 'adhoc', reason: `${c.argv[0]} ${target} may download and run a package that no lock pins` };
  },
};

const pnpmRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['pnpm'],
  classify(c) {
    const { sub, args, flags } = words(c);
    if (sub === 'dlx') return { action: 'install', classification: 'adhoc', reason: 'pnpm dlx downloads and runs a package not pinned by the lock' };
    if (sub === 'publish') return publish(c, flags, 'pnpm');
    if (sub === 'add' || ((sub === 'install' || sub === 'i') && args.length > 0)) return { action: 'install', classification: 'adhoc', reason: `pnpm ${sub} ${args.join(' ')} adds packages outside the lock` };
    if (sub === 'update' || sub === 'up') return { action: 'install', classification: 'lax', reason: 'pnpm update resolves new versions' };
    if (sub !== undefined && sub !== 'install' && sub !== 'i') return undefined;
    if (flags.has('--no-frozen-lockfile') || flags.has('--fix-lockfile')) return { action: 'install', classification: 'lax', reason: 'pnpm install --no-frozen-lockfile may rewrite pnpm-lock.yaml' };
    if (flags.has('--frozen-lockfile')) return { action: 'install', classification: 'strict', reason: `pnpm install --frozen-lockfile fails when the lock is out of date${scriptsNote(flags)}` };
    // pnpm turns frozen-lockfile on by default when it detects CI
    if (isCi(c)) return { action: 'install', classification: 'strict', reason: 'pnpm install in CI defaults to --frozen-lockfile' };
    return { action: 'install', classification: 'lax', reason: 'pnpm install outside CI may rewrite pnpm-lock.yaml' };
  },
};

const yarnRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['yarn'],
  classify(c) {
    const { sub, args, flags } = words(c);
    if (sub === 'dlx') return { action: 'install', classification: 'adhoc', reason: 'yarn dlx downloads and runs a package not pinned by the lock' };
    if (sub === 'npm' && args[0] === 'publish') return publish(c, flags, 'yarn');
    if (sub === 'publish') return publish(c, flags, 'yarn');
    if (sub === 'add' || (sub === 'global' && args[0] === 'add')) return { action: 'install', classification: 'adhoc', reason: 'yarn add installs named packages outside the lock' };
    if (sub === 'upgrade' || sub === 'up') return { action: 'install', classification: 'lax', reason: `yarn ${sub} resolves new versions` };
    if (sub !== undefined && sub !== 'install') return undefined;
    if (flags.has('--immutable') || flags.has('--frozen-lockfile')) return { action: 'install', classification: 'strict', reason: `yarn install ${flags.has('--immutable') ? '--immutable' : '--frozen-lockfile'} fails when the lock would change${scriptsNote(flags)}` };
    if (flags.has('--no-immutable')) return { action: 'install', classification: 'lax', reason: 'yarn install --no-immutable may rewrite yarn.lock' };
    // berry enables enableImmutableInstalls on CI; classic does not, and which one runs is unknown here
    return { action: 'install', classification: 'lax', reason: 'yarn install without --immutable/--frozen-lockfile may rewrite yarn.lock (Yarn berry is immutable on CI by default; Yarn classic is not)' };
  },
};

const bunRule: CommandRule = {
  ecosystem: 'npm',
  programs: ['bun'],
  classify(c) {
    const { sub, args, flags } = words(c);
    if (sub === 'publish') return publish(c, flags, 'bun');
    if (sub === 'x') return { action: 'install', classification: 'adhoc', reason: 'bun x downloads and runs a package not pinned by the lock' };
    if (sub === 'add' || ((sub === 'install' || sub === 'i') && args.length > 0)) return { action: 'install', classification: 'adhoc', reason: `bun ${sub} ${args.join(' ')} adds packages outside the lock` };
    if (sub === 'update') return { action: 'install', classification: 'lax', reason: 'bun update resolves new versions' };
    if (sub !== 'install' && sub !== 'i') return undefined;
    if (flags.has('--frozen-lockfile') || flags.has('--ci')) return { action: 'install', classification: 'strict', reason: `bun install --frozen-lockfile fails when the lock would change${scriptsNote(flags)}` };
    return { action: 'install', classification: 'lax', reason: 'bun install without --frozen-lockfile may rewrite bun.lock' };
  },
};

export const commands: readonly CommandRule[] = [npmRule, npxRule, pnpmRule, yarnRule, bunRule];
