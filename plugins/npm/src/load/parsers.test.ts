import { describe, expect, it } from 'vitest';
import { parseBunLock } from './bun-lock.js';
import { parsePnpmfile } from './pnpmfile.js';
import { parsePnpmLock, splitPnpmKey } from './pnpm-lock.js';
import { parseYarnLock } from './yarn-lock.js';

describe('lock parsers', () => {
  it('reads pnpm keys of every lockfile version', () => {
    expect(splitPnpmKey('/@babel/core/7.0.0_@types+x@1.0.0')).toEqual({ name: '@babel/core', version: '7.0.0' });
    expect(splitPnpmKey('/left-pad/1.3.0')).toEqual({ name: 'left-pad', version: '1.3.0' });
    expect(splitPnpmKey('/@s/n@1.0.0(peer@2.0.0)')).toEqual({ name: '@s/n', version: '1.0.0' });
    expect(splitPnpmKey('esbuild@0.25.0')).toEqual({ name: 'esbuild', version: '0.25.0' });
  });

  it('reads a pnpm lock with two documents', () => {
    const parsed = parsePnpmLock(
      "---\nlockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\n---\nlockfileVersion: '9.0'\npackages:\n  b@2.0.0:\n    resolution: {integrity: sha512-y}\n",
      'pnpm-lock.yaml',
    );
    expect(parsed.ok && parsed.value.entries.map((e) => `${e.name}@${e.version}`)).toEqual(['a@1.0.0', 'b@2.0.0']);
  });

  it('reads yarn classic entries with line numbers and aliases', () => {
    const parsed = parseYarnLock(
      '# yarn lockfile v1\n\n"alias@npm:real@^1":\n  version "1.0.0"\n  resolved "https://registry.yarnpkg.com/real/-/real-1.0.0.tgz"\n',
      'yarn.lock',
    );
    expect(parsed.ok && parsed.value.entries[0]).toMatchObject({
      name: 'real',
      declaredName: 'alias',
      version: '1.0.0',
      at: { line: 3 },
    });
  });

  it('reads bun.lock aliases at the top and nested under a workspace, as Bun 1.2.19 writes them', () => {
    // `bun install --lockfile-only` (1.2.19) for a root `"myfork": "npm:is-number@7.0.0"` and a member
    // @acme/m with `"myfork": "npm:is-number@6.0.0"`; plain nested copies keep their own name
    const text = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "name": "root" }, "packages/m": { "name": "@acme/m" } },
  "packages": {
    "@acme/m": ["@acme/m@workspace:packages/m"],
    "myfork": ["is-number@7.0.0", "", {}, "sha512-a"],
    "@acme/m/myfork": ["is-number@6.0.0", "", {}, "sha512-b"],
    "is-odd/is-number": ["is-number@6.0.0", "", {}, "sha512-b"],
    "x/@types/node": ["@types/node@20.0.0", "", {}, "sha512-c"],
    "x/@acme/alias": ["@types/node@20.0.0", "", {}, "sha512-c"],
  }
}`;
    const parsed = parseBunLock(text, 'bun.lock');
    expect(parsed.ok && parsed.value.entries.map((e) => [e.name, e.declaredName])).toEqual([
      ['@acme/m', undefined],
      ['is-number', 'myfork'],
      ['is-number', 'myfork'],
      ['is-number', undefined],
      ['@types/node', undefined],
      ['@types/node', '@acme/alias'],
    ]);
  });

  it('never throws on hostile input', () => {
    const junk = [
      '',
      '\u0000\u0001',
      '{'.repeat(10000),
      'a: [' + '['.repeat(5000),
      '"x":\n  version\n',
      '__metadata:\n  - ]',
    ];
    for (const text of junk) {
      expect(() => parseYarnLock(text, 'yarn.lock')).not.toThrow();
      expect(() => parsePnpmLock(text, 'pnpm-lock.yaml')).not.toThrow();
      expect(() => parseBunLock(text, 'bun.lock')).not.toThrow();
      expect(() => parsePnpmfile(text, '.pnpmfile.cjs')).not.toThrow();
    }
  });

  it('finds exported pnpmfile hooks without loading the file', () => {
    const p = parsePnpmfile(
      'export const hooks = { readPackage(pkg) { return pkg }, updateConfig: (c) => c };',
      '.pnpmfile.mjs',
    );
    expect(p.hooks).toEqual(['readPackage', 'updateConfig']);
  });
});
