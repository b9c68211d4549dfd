import { describe, expect, it } from 'vitest';
import {
  devEngineBounds,
  lockClients,
  manifestClients,
  parsePackageManager,
  yarnPathClients,
  yarnReleaseVersion,
} from './clients.js';
import { parseBunLock } from './bun-lock.js';
import { parseYamlConfig, parseYarnrc } from './config-files.js';
import { load } from './index.js';
import { parsePackageJson } from './package-json.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parseYarnLock } from './yarn-lock.js';
import type { Lockfile, Manifest } from '../model.js';

function manifest(text: string): Manifest {
  const parsed = parsePackageJson(text, 'package.json');
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return parsed.value;
}

function lock(
  parse: (text: string, path: string) => { ok: true; value: Lockfile } | { ok: false },
  text: string,
  path: string,
) {
  const parsed = parse(text, path);
  if (!parsed.ok) throw new Error(`${path} did not parse`);
  return lockClients(parsed.value, text);
}

describe('packageManager', () => {
  it('reads the exact version, dropping a Corepack hash', () => {
    expect(parsePackageManager('pnpm@9.1.0+sha512.abcdef0123')).toEqual({ client: 'pnpm', version: '9.1.0' });
    expect(parsePackageManager('npm@10.8.2')).toEqual({ client: 'npm', version: '10.8.2' });
    expect(parsePackageManager('yarn@4.1.0')).toEqual({ client: 'yarn', version: '4.1.0' });
    expect(parsePackageManager('bun@1.1.0')).toEqual({ client: 'bun', version: '1.1.0' });
  });

  it('refuses ranges, tags, URLs, pre-releases, other tools and non-strings', () => {
    for (const bad of [
      'pnpm@^9.0.0',
      'pnpm@9',
      'pnpm@latest',
      'yarn@https://repo.yarnpkg.com/4.1.0/packages/yarnpkg-cli/bin/yarn.js',
      'pnpm@9.0.0-rc.1',
      'cnpm@9.1.0',
      'pnpm',
      '@9.1.0',
      'pnpm@${PNPM}',
      42,
      null,
      ['pnpm@9.1.0'],
      'pnpm@' + '9.'.repeat(5000),
    ]) {
      expect(parsePackageManager(bad)).toBeUndefined();
    }
  });

  it('points at the line of the field', () => {
    const m = manifest('{\n  "name": "app",\n  "packageManager": "pnpm@9.1.0+sha512.abc"\n}\n');
    expect(manifestClients(m)).toEqual([
      {
        ecosystem: 'npm',
        client: 'pnpm',
        version: '9.1.0',
        evidence: 'package.json packageManager',
        file: 'package.json',
        line: 3,
      },
    ]);
  });
});

describe('devEngines.packageManager', () => {
  it('keeps exact versions and plain >= bounds only', () => {
    expect(devEngineBounds('10.9.0')).toEqual({ version: '10.9.0' });
    expect(devEngineBounds('>=10')).toEqual({ since: '10' });
    expect(devEngineBounds('>= 10.9.0')).toEqual({ since: '10.9.0' });
    for (const bad of ['^10.9.0', '10.x', '10', '>=10 <12', '10.9.0 || 11.0.0', '*', '', 'latest', 7, undefined])
      expect(devEngineBounds(bad)).toBeUndefined();
  });

  it('reads an object or an array, with lines', () => {
    const obj = manifest('{\n  "devEngines": {\n    "packageManager": { "name": "npm", "version": ">=10" }\n  }\n}\n');
    expect(manifestClients(obj)).toEqual([
      {
        ecosystem: 'npm',
        client: 'npm',
        since: '10',
        evidence: 'package.json devEngines.packageManager',
        file: 'package.json',
        line: 3,
      },
    ]);
    const arr = manifest(
      '{\n  "devEngines": {\n    "packageManager": [\n      { "name": "pnpm", "version": "10.2.0" },\n      { "name": "yarn", "version": "^4" },\n      { "name": "deno", "version": "2.0.0" }\n    ]\n  }\n}\n',
    );
    expect(manifestClients(arr)).toEqual([
      {
        ecosystem: 'npm',
        client: 'pnpm',
        version: '10.2.0',
        evidence: 'package.json devEngines.packageManager',
        file: 'package.json',
        line: 4,
      },
    ]);
  });

  it('ignores hostile shapes', () => {
    for (const text of [
      '{"devEngines": "npm"}',
      '{"devEngines": {"packageManager": [null, 1, {"name": {}}]}}',
      '{"packageManager": {"name": "npm"}}',
      '{"devEngines": {"packageManager": {"name": "npm", "version": ["10.0.0"]}}}',
    ]) {
      expect(manifestClients(manifest(text))).toEqual([]);
    }
  });
});

describe('lockfile formats', () => {
  it('maps package-lock lockfileVersion to npm majors', () => {
    const v = (n: unknown) =>
      lock(
        parsePackageLock,
        `{\n  "name": "x",\n  "lockfileVersion": ${JSON.stringify(n)},\n  "packages": {}\n}\n`,
        'package-lock.json',
      );
    expect(v(1)).toEqual([
      {
        ecosystem: 'npm',
        client: 'npm',
        until: '7',
        evidence: 'package-lock.json lockfileVersion 1',
        file: 'package-lock.json',
        line: 3,
      },
    ]);
    expect(v(2)).toMatchObject([{ client: 'npm', since: '7', line: 3 }]);
    expect(v(3)).toMatchObject([{ client: 'npm', since: '7' }]);
    for (const bad of [4, '3', 0, null, 2.5]) expect(v(bad)).toEqual([]);
    expect(lock(parsePackageLock, '{"dependencies": {}}', 'npm-shrinkwrap.json')).toEqual([]);
  });

  it('maps pnpm-lock lockfileVersion to pnpm majors', () => {
    const v = (raw: string) => lock(parsePnpmLock, `lockfileVersion: ${raw}\n\nimporters: {}\n`, 'app/pnpm-lock.yaml');
    expect(v("'9.0'")).toEqual([
      {
        ecosystem: 'npm',
        client: 'pnpm',
        since: '9',
        evidence: 'pnpm-lock.yaml lockfileVersion 9.0',
        file: 'app/pnpm-lock.yaml',
        line: 1,
      },
    ]);
    expect(v("'6.0'")).toMatchObject([{ since: '7.24', until: '9' }]);
    expect(v('5.4')).toMatchObject([{ until: '8', evidence: 'pnpm-lock.yaml lockfileVersion 5.4' }]);
    expect(v('5')).toMatchObject([{ until: '8' }]);
    for (const bad of ["'7.0'", "'10.0'", 'banana', '[9]', '{a: 1}']) expect(v(bad)).toEqual([]);
  });

  it('reads the last document of a two-document pnpm lock', () => {
    const text = "---\nlockfileVersion: '9.0'\npackages: {}\n---\nlockfileVersion: '9.0'\nimporters: {}\n";
    expect(lock(parsePnpmLock, text, 'pnpm-lock.yaml')).toMatchObject([{ since: '9', line: 5 }]);
  });

  it('reads the pnpm version the env document records (pnpm 12: packageManagerDependencies)', () => {
    const env = (version: string) =>
      `---\nlockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    configDependencies: {}\n    packageManagerDependencies:\n      pnpm:\n        specifier: ${version}\n        version: ${version}\n\npackages: {}\n---\nlockfileVersion: '9.0'\n\nimporters:\n  .: {}\n`;
    expect(lock(parsePnpmLock, env('12.2.1'), 'pnpm-lock.yaml')).toEqual([
      {
        ecosystem: 'npm',
        client: 'pnpm',
        since: '9',
        evidence: 'pnpm-lock.yaml lockfileVersion 9.0',
        file: 'pnpm-lock.yaml',
        line: 15,
      },
      {
        ecosystem: 'npm',
        client: 'pnpm',
        version: '12.2.1',
        evidence: 'pnpm-lock.yaml packageManagerDependencies',
        file: 'pnpm-lock.yaml',
        line: 11,
      },
    ]);
    // a pre-release, a range, or the same block in the project document (not the env one): no exact version
    expect(lock(parsePnpmLock, env('12.0.0-rc.7'), 'pnpm-lock.yaml')).toHaveLength(1);
    expect(lock(parsePnpmLock, env('^12.0.0'), 'pnpm-lock.yaml')).toHaveLength(1);
    expect(
      lock(
        parsePnpmLock,
        "lockfileVersion: '9.0'\nimporters:\n  .:\n    packageManagerDependencies:\n      pnpm: {version: 12.2.1}\n",
        'pnpm-lock.yaml',
      ),
    ).toHaveLength(1);
  });

  it('tells yarn classic from berry', () => {
    expect(
      lock(
        parseYarnLock,
        '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n',
        'yarn.lock',
      ),
    ).toEqual([
      {
        ecosystem: 'npm',
        client: 'yarn',
        until: '2',
        evidence: 'yarn.lock # yarn lockfile v1',
        file: 'yarn.lock',
        line: 2,
      },
    ]);
    expect(
      lock(
        parseYarnLock,
        '# This file is generated by running "yarn install" inside your project.\n# Manual changes might be lost - proceed with caution!\n\n__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"left-pad@npm:^1.3.0":\n  version: 1.3.0\n',
        'yarn.lock',
      ),
    ).toEqual([
      {
        ecosystem: 'npm',
        client: 'yarn',
        since: '2',
        evidence: 'yarn.lock __metadata (berry format)',
        file: 'yarn.lock',
        line: 4,
      },
    ]);
    // no header, or the header buried below entries: nothing
    expect(lock(parseYarnLock, 'left-pad@^1.3.0:\n  version "1.3.0"\n# yarn lockfile v1\n', 'yarn.lock')).toEqual([]);
  });

  it('dates bun.lock to Bun 1.1.39', () => {
    expect(
      lock(
        parseBunLock,
        '{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "name": "x" } },\n  "packages": {},\n}\n',
        'bun.lock',
      ),
    ).toEqual([
      { ecosystem: 'npm', client: 'bun', since: '1.1.39', evidence: 'bun.lock (text lockfile)', file: 'bun.lock' },
    ]);
  });
});

describe('yarnPath', () => {
  it('reads the release version from the file name', () => {
    expect(yarnReleaseVersion('.yarn/releases/yarn-4.1.0.cjs')).toBe('4.1.0');
    expect(yarnReleaseVersion('.yarn/releases/yarn-1.22.19.js')).toBe('1.22.19');
    for (const bad of [
      '.yarn/releases/yarn-berry.js',
      '.yarn/releases/yarn-4.0.0-rc.42.cjs',
      'scripts/my-yarn-4.1.0.cjs',
      '.yarn/releases/yarn-4.1.0.cjs.bak',
      3,
      undefined,
    ])
      expect(yarnReleaseVersion(bad)).toBeUndefined();
  });

  it('reads .yarnrc.yml and classic .yarnrc with lines', () => {
    const yml = parseYamlConfig('nodeLinker: node-modules\n\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n', '.yarnrc.yml');
    if (!yml.ok) throw new Error('yaml');
    const rc = parseYarnrc('# yarn lockfile v1\n\n\nyarn-path ".yarn/releases/yarn-1.22.22.cjs"\n', 'legacy/.yarnrc');
    expect(yarnPathClients([yml.value], [rc])).toEqual([
      {
        ecosystem: 'npm',
        client: 'yarn',
        version: '4.1.0',
        evidence: '.yarnrc.yml yarnPath',
        file: '.yarnrc.yml',
        line: 3,
      },
      {
        ecosystem: 'npm',
        client: 'yarn',
        version: '1.22.22',
        evidence: '.yarnrc yarn-path',
        file: 'legacy/.yarnrc',
        line: 4,
      },
    ]);
    const odd = parseYamlConfig('yarnPath: [1, 2]\n', '.yarnrc.yml');
    expect(odd.ok && yarnPathClients([odd.value], [])).toEqual([]);
  });
});

describe('load', () => {
  it('reads packageManager from project roots only, not from workspace members', async () => {
    const texts: Record<string, string> = {
      'package.json': '{\n  "name": "root",\n  "workspaces": ["packages/*"],\n  "packageManager": "npm@10.8.2"\n}\n',
      'packages/a/package.json': '{ "name": "a", "packageManager": "npm@9.0.0" }',
      'package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": { "": {}, "packages/a": {} }\n}\n',
    };
    const files = Object.keys(texts).map((path) => ({
      path,
      kind: path.endsWith('lock.json') ? ('lockfile' as const) : ('manifest' as const),
    }));
    const model = await load(files, (p) => Promise.resolve(texts[p]));
    expect(model.inventory.clients.map((c) => [c.client, c.version ?? `>=${c.since}`, c.file, c.line])).toEqual([
      ['npm', '>=7', 'package-lock.json', 2],
      ['npm', '10.8.2', 'package.json', 4],
    ]);
  });

  it('never throws on hostile files', async () => {
    const junk = [
      '',
      '\u0000',
      '{'.repeat(5000),
      '{"packageManager": "pnpm@9.1.0',
      '{"lockfileVersion": {"__proto__": 1}}',
      'lockfileVersion: *a\n',
    ];
    for (const text of junk) {
      const files = [
        'package.json',
        'package-lock.json',
        'pnpm-lock.yaml',
        'yarn.lock',
        'bun.lock',
        '.yarnrc.yml',
        '.yarnrc',
      ].map((path) => ({ path, kind: 'manifest' as const }));
      await expect(load(files, () => Promise.resolve(text))).resolves.toBeDefined();
    }
  });
});
