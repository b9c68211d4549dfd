import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

function classify(argv: string[], extra: Partial<ShellCommand> = {}) {
  const c: ShellCommand = { argv, env: {}, text: argv.join(' '), file: 'ci.yml', line: 1, column: 1, ...extra };
  const rule = commands.find((r) => r.programs.includes(argv[0]!));
  return rule?.classify(c);
}

describe('npm command rules', () => {
  it.each([
    [['npm', 'ci'], 'strict'],
    [['npm', 'ci', '--ignore-scripts'], 'strict'],
    [['npm', 'install'], 'lax'],
    [['npm', 'i'], 'lax'],
    [['npm', 'install', '-g', 'typescript'], 'adhoc'],
    [['npm', 'install', 'left-pad'], 'adhoc'],
    [['npx', 'cowsay', 'hi'], 'adhoc'],
    [['pnpm', 'install', '--frozen-lockfile'], 'strict'],
    [['pnpm', 'install'], 'lax'],
    [['pnpm', 'install', '--no-frozen-lockfile'], 'lax'],
    [['pnpm', 'dlx', 'create-vite'], 'adhoc'],
    [['yarn', 'install', '--immutable'], 'strict'],
    [['yarn', 'install', '--frozen-lockfile'], 'strict'],
    // Without the npm plugin's context, which Yarn runs is unknown: never strict.
    [['yarn'], 'unknown'],
    [['yarn', 'install', '--no-immutable'], 'lax'],
    [['yarn', 'add', 'left-pad'], 'adhoc'],
    [['bun', 'install', '--frozen-lockfile'], 'strict'],
    [['bun', 'install'], 'lax'],
    [['bun', 'ci'], 'strict'],
  ])('%j is %s', (argv, classification) => {
    expect(classify(argv)?.classification).toBe(classification);
  });

  it('says a local folder or tarball is one, not a named package (npm-package-arg reads `../x` as a path)', () => {
    const local = classify(['npm', 'install', '../eslint']);
    expect(local?.classification).toBe('adhoc');
    expect(local?.reason).toBe(
      'npm install ../eslint installs a local folder or tarball, and the dependencies it declares, outside the lock',
    );
    expect(classify(['npm', 'install', 'file:vendor/a.tgz', './b'])?.reason).toMatch(/local folder or tarball/);
    // One registry name among the paths: the message names packages.
    expect(classify(['npm', 'install', '../eslint', 'left-pad'])?.reason).toMatch(/installs named packages outside/);
    expect(classify(['npm', 'install', 'left-pad'])?.reason).toMatch(/installs named packages outside/);
  });

  it("reads npm's options with values as npm does: `--prefix dir` is the project's directory, not a package", () => {
    const prefixed = classify(['npm', 'install', '--prefix', '{}']);
    expect(prefixed?.classification).toBe('lax');
    expect(prefixed?.reason).toMatch(/in `\{\}`, from --prefix/);
    expect(classify(['npm', 'install', '--prefix=web', '--no-audit'])?.classification).toBe('lax');
    expect(classify(['npm', '--prefix', 'web', 'ci'])?.classification).toBe('strict');
    expect(classify(['npm', '-C', 'web', 'install', 'left-pad'])?.classification).toBe('adhoc');
    expect(classify(['npm', 'install', '--registry', 'https://r.example', '--omit', 'dev'])?.classification).toBe(
      'lax',
    );
    expect(classify(['npm', 'install', '--global'])?.classification).toBe('adhoc');
    expect(classify(['npm', 'install', '--package-lock=false'])?.reason).toMatch(/--package-lock=false/);
  });

  it('does not treat a bare bun install in CI as frozen: Bun has no CI default (1.4.5 docs, 1.2.19 tried)', () => {
    expect(classify(['bun', 'install'], { origin: 'github-actions' })?.classification).toBe('lax');
    expect(classify(['bun', 'install'], { env: { CI: 'true' } })?.classification).toBe('lax');
  });

  it('treats pnpm install in CI as frozen by default', () => {
    expect(classify(['pnpm', 'install'], { origin: 'github-actions' })?.classification).toBe('strict');
    expect(classify(['pnpm', 'install'], { env: { CI: 'true' } })?.classification).toBe('strict');
  });

  it('mentions --ignore-scripts in the reason', () => {
    expect(classify(['npm', 'ci', '--ignore-scripts'])?.reason).toMatch(/--ignore-scripts/);
  });

  it('classifies npm publish with and without provenance', () => {
    expect(classify(['npm', 'publish'])).toMatchObject({ action: 'publish', provenance: false, auth: 'none-visible' });
    expect(
      classify(['npm', 'publish', '--provenance'], { env: { NODE_AUTH_TOKEN: '${{ secrets.NPM }}' } }),
    ).toMatchObject({ provenance: true, auth: 'token' });
    expect(classify(['npm', 'publish'], { idToken: true })).toMatchObject({ provenance: true, auth: 'oidc' });
  });

  it('ignores commands it does not know', () => {
    expect(classify(['npm', 'run', 'build'])).toBeUndefined();
    expect(classify(['yarn', 'test'])).toBeUndefined();
  });
});

describe('registry runs with their pins (#21)', () => {
  it.each([
    [['npx', 'only-allow', 'pnpm'], 'adhoc'],
    [['npx', '-y', 'only-allow', 'pnpm'], 'adhoc'],
    [['npx', 'prettier@3.3.3', '--check', '.'], 'strict'],
    [['npx', '-p', '@scope/tool@1.2.3', 'tool'], 'strict'],
    [['npx', '--no-install', 'eslint', '.'], 'local'],
    [['pnpm', 'dlx', 'create-vite@5.5.2'], 'strict'],
    [['pnpm', 'dlx', 'create-vite'], 'adhoc'],
    [['bunx', 'cowsay@1.6.0', 'hi'], 'strict'],
    [['bunx', 'cowsay'], 'adhoc'],
    [['npm', 'exec', '--', 'semantic-release'], 'adhoc'],
    [['npm', 'install', '--offline'], 'local'],
  ])('%j is %s', (argv, classification) => {
    expect(classify(argv)?.classification).toBe(classification);
  });
});

describe('npx of a locked direct dependency after the project install (#26)', () => {
  const context = {
    locked: {
      lock: 'package-lock.json',
      names: new Set(['eslint', '@biomejs/biome']),
      bins: new Map([['tsc', 'typescript']]),
    },
  };
  const run = (argv: string[], installedBefore: readonly 'npm'[] = ['npm']) => {
    const c: ShellCommand = {
      argv,
      env: {},
      text: argv.join(' '),
      file: 'ci.yml',
      line: 1,
      column: 1,
      installedBefore,
    };
    return commands.find((r) => r.programs.includes(argv[0]!))?.classify(c, context)?.classification;
  };

  it.each<[string[], readonly 'npm'[], string]>([
    [['npx', 'eslint', '.'], ['npm'], 'local'],
    [['npx', '--yes', '@biomejs/biome', 'check'], ['npm'], 'local'],
    [['npm', 'exec', 'eslint', '--', '.'], ['npm'], 'local'],
    [['bunx', 'eslint'], ['npm'], 'local'],
    [['npx', 'eslint', '.'], [], 'adhoc'],
    [['npx', 'only-allow', 'npm'], ['npm'], 'adhoc'],
    [['npx', 'eslint@latest'], ['npm'], 'adhoc'],
    [['pnpx', 'eslint'], ['npm'], 'adhoc'],
    // `tsc` is a binary of the locked typescript (the lock's bin map), found in node_modules/.bin
    [['npx', 'tsc', '--noEmit'], ['npm'], 'local'],
    [['npm', 'exec', 'tsc'], ['npm'], 'local'],
    [['npx', 'tsc'], [], 'adhoc'],
    // `-p tsc` names a package called tsc, which is not locked: fetched
    [['npx', '-p', 'tsc', 'tsc'], ['npm'], 'adhoc'],
  ])('%j with installs %j is %s', (argv, installed, classification) => {
    expect(run(argv, installed)).toBe(classification);
  });
});

describe('publish routes (#21)', () => {
  const all = (argv: string[], extra: Partial<ShellCommand> = {}) => {
    const c: ShellCommand = { argv, env: {}, text: argv.join(' '), file: 'ci.yml', line: 1, column: 1, ...extra };
    return commands.filter((r) => r.programs.includes(argv[0]!)).map((r) => r.classify(c));
  };
  const publishes = (argv: string[], extra: Partial<ShellCommand> = {}) =>
    all(argv, extra).filter((v) => v?.action === 'publish');

  it('a stored token wins over OIDC: the long-lived token is in the job either way', () => {
    expect(
      publishes(['npm', 'publish'], { idToken: true, env: { NODE_AUTH_TOKEN: '${{ secrets.NPM }}' } })[0],
    ).toMatchObject({ auth: 'token', provenance: false });
  });

  it('bun publish and Yarn 1 yarn publish under id-token: write are not OIDC: neither exchanges (bun 1.4.5, yarn 1.23)', () => {
    const [verdict] = publishes(['bun', 'publish'], { idToken: true });
    expect(verdict).toMatchObject({ auth: 'none-visible', provenance: false });
    expect(verdict?.reason).toMatch(/does not exchange/);
    expect(
      publishes(['bun', 'publish'], { idToken: true, env: { NPM_CONFIG_TOKEN: '${{ secrets.NPM }}' } })[0],
    ).toMatchObject({
      auth: 'token',
    });
    expect(publishes(['yarn', 'publish'], { idToken: true })[0]).toMatchObject({ auth: 'none-visible' });
    expect(publishes(['yarn', 'npm', 'publish'], { idToken: true })[0]).toMatchObject({ auth: 'oidc' });
  });

  it('bun publish and Yarn 1 yarn publish --provenance sign nothing: bun ignores it before 1.4.4 and fails on it from 1.4.4', () => {
    const env = { NPM_CONFIG_TOKEN: '${{ secrets.NPM }}' };
    const [flag] = publishes(['bun', 'publish', '--provenance'], { idToken: true, env });
    expect(flag).toMatchObject({ provenance: false });
    expect(flag?.reason).toMatch(/before 1\.4\.4.*from 1\.4\.4/);
    const [viaEnv] = publishes(['bun', 'publish'], { idToken: true, env: { ...env, NPM_CONFIG_PROVENANCE: 'true' } });
    expect(viaEnv).toMatchObject({ provenance: false });
    // Yarn 1's own publish has no provenance code either (1.22.22 accepts the flag and goes on to log in).
    const [yarn1] = publishes(['yarn', 'publish', '--provenance'], { idToken: true, env });
    expect(yarn1).toMatchObject({ provenance: false });
    expect(yarn1?.reason).toMatch(/Yarn 1 signs none/);
    // npm, pnpm and Yarn berry keep the flag's meaning.
    expect(publishes(['yarn', 'npm', 'publish', '--provenance'], { idToken: true })[0]).toMatchObject({
      provenance: true,
    });
    expect(publishes(['pnpm', 'publish', '--provenance'], { idToken: true, env })[0]).toMatchObject({
      provenance: true,
    });
  });

  it('under trusted publishing npm and pnpm attest by themselves, yarn npm publish only when asked (its own setting)', () => {
    // pnpm 11.0.0 publishPackedPkg: no token -> OIDC exchange -> determineProvenance; pnpm 10 runs npm publish.
    expect(publishes(['pnpm', 'publish'], { idToken: true })[0]).toMatchObject({ auth: 'oidc', provenance: true });
    expect(
      publishes(['pnpm', 'publish'], { idToken: true, env: { NPM_TOKEN: '${{ secrets.NPM }}' } })[0],
    ).toMatchObject({ provenance: false });
    // @yarnpkg/plugin-npm-cli 4.5.1: `--provenance`, publishConfig.provenance or npmPublishProvenance, nothing else.
    expect(publishes(['yarn', 'npm', 'publish'], { idToken: true })[0]).toMatchObject({ provenance: false });
    const berryEnv = (env: Record<string, string>) => publishes(['yarn', 'npm', 'publish'], { idToken: true, env })[0];
    expect(berryEnv({ NPM_CONFIG_PROVENANCE: 'true' })).toMatchObject({ provenance: false });
    expect(berryEnv({ YARN_NPM_PUBLISH_PROVENANCE: 'true' })).toMatchObject({ provenance: true });
  });

  it('npm stage publish is a publish (npm >= 11.15.0), said to be staged', () => {
    expect(publishes(['npm', 'stage', 'publish'], { idToken: true })[0]).toMatchObject({
      auth: 'oidc',
      provenance: true,
    });
    expect(publishes(['npm', 'stage', 'publish'])[0]?.reason).toMatch(/staged/);
    expect(publishes(['npm', 'stage', 'list'])).toEqual([]);
  });

  it('a dry run uploads nothing; a --dry-run value set at run time may publish', () => {
    expect(publishes(['npm', 'publish', '--dry-run'])).toEqual([]);
    expect(publishes(['pnpm', '-r', 'publish', '--dry-run=true'])).toEqual([]);
    expect(publishes(['npm', 'publish', '--dry-run=false'])).toHaveLength(1);
    expect(publishes(['pnpm', 'exec', 'nx', 'release', 'publish', '--dry-run=$DRY_RUN'])[0]?.reason).toMatch(
      /unless its --dry-run value is true/,
    );
  });

  it('pnpm options with a value before the command do not hide it', () => {
    expect(publishes(['pnpm', '--filter', 'app', 'publish'])).toHaveLength(1);
    expect(all(['pnpm', '--filter', 'app', 'install'])[0]).toMatchObject({ classification: 'lax' });
  });

  it('release tools publish only with their publish command, however they are run', () => {
    expect(publishes(['npx', 'lerna@8.1.2', 'publish', 'from-git'])).toHaveLength(1);
    expect(publishes(['yarn', 'run', 'lerna', 'publish'])).toHaveLength(1);
    expect(publishes(['lerna', 'version', '--yes'])).toEqual([]);
    expect(publishes(['pnpm', 'changeset', 'publish'])).toHaveLength(1);
    expect(publishes(['pnpm', 'changeset', 'version'])).toEqual([]);
    expect(publishes(['np', '--no-publish'])).toEqual([]);
  });

  it('project scripts count when their name says publish, not when it says docs or a dry run', () => {
    expect(publishes(['pnpm', 'run', 'ci-publish', '$TAG'])).toHaveLength(1);
    expect(publishes(['yarn', 'release'], { env: { NPM_TOKEN: '${{ secrets.NPM }}' } })[0]).toMatchObject({
      auth: 'token',
    });
    expect(publishes(['yarn', 'pkg-pr-new', 'publish'])).toHaveLength(1);
    for (const argv of [
      ['npm', 'run', 'publish:docs'],
      ['npm', 'run', 'publish-dry'],
      ['yarn', 'prerelease'],
      ['npm', 'run', 'release:notes'],
      ['yarn', 'build'],
      ['npm', 'run', '$SCRIPT'],
    ])
      expect(publishes(argv)).toEqual([]);
  });
});

describe('npm install with package-lock off (#26)', () => {
  const install = (argv: string[], env: Record<string, string> = {}, context?: Record<string, unknown>) => {
    const c: ShellCommand = { argv, env, text: argv.join(' '), file: 'ci.yml', line: 1, column: 1 };
    return commands[0]!.classify(c, context);
  };

  it('is lax because nothing is locked, not because a lock may be rewritten', () => {
    for (const v of [
      install(['npm', 'install'], {}, { lockOff: { where: '.npmrc:1' } }),
      install(['npm', 'install', '--no-package-lock']),
      install(['npm', 'i'], { NPM_CONFIG_PACKAGE_LOCK: 'false' }),
    ]) {
      expect(v).toMatchObject({ classification: 'lax', lockDisabled: true });
      expect(v?.reason).toMatch(/neither reads nor writes a lockfile: every run resolves the dependency ranges afresh/);
    }
    expect(install(['npm', 'install'], {}, { lockOff: { where: '.npmrc:1' } })?.reason).toMatch(
      /^npm install under package-lock=false \(\.npmrc:1\)/,
    );
  });

  it('keeps the rewrite wording when the lock is on', () => {
    expect(install(['npm', 'install'])).toEqual({
      action: 'install',
      classification: 'lax',
      reason: 'npm install may rewrite package-lock.json instead of failing',
    });
    expect(
      install(['npm', 'install'], { npm_config_package_lock: 'true' }, { lockOff: { where: '.npmrc:1' } }),
    ).not.toHaveProperty('lockDisabled');
  });
});
