/**
 * A library loaded on first use that cannot be loaded (a broken or partial installation, a bundle that
 * cannot resolve it) fails the scan: the file that needed it is unread and the scan incomplete (exit 3),
 * never a silently missing field such as an inventory package without its purl (docs/decisions/0021).
 * The tree-sitter parsers: plugins/pip/src/load/setup-py-unavailable.test.ts and the gem and Gradle tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failLibraryLoads } from '@inert/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';
import { EXIT_ERROR, EXIT_INCOMPLETE } from './exit-codes.js';
import { file, tgz } from '../../../corpus/adversarial/archives/tar-builder.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'inert-library-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PACKAGE_JSON = JSON.stringify({ name: 'p', version: '1.0.0', engines: { npm: '>=9.0.0' } });
const LOCK = JSON.stringify({
  name: 'p',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': { name: 'p', version: '1.0.0', dependencies: { esbuild: '0.20.0', left: '1.0.0' } },
    'node_modules/esbuild': {
      version: '0.20.0',
      resolved: 'https://registry.npmjs.org/esbuild/-/esbuild-0.20.0.tgz',
      integrity: 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==',
      hasInstallScript: true,
    },
    // A version with build metadata from a private registry: a purl only packageurl-js writes (npm-purl.ts
    // writes the common shapes itself, decision 0035).
    'node_modules/left': {
      version: '1.0.0+build.5',
      resolved: 'https://npm.example.com/left/-/left-1.0.0+build.5.tgz',
      integrity: 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==',
    },
  },
});

/** One checkout per library, holding a file only that library reads. */
const CHECKOUTS: Record<string, Record<string, string>> = {
  yaml: {
    '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n',
  },
  'smol-toml': { 'Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n' },
  'jsonc-parser': {
    'package.json': '{"name":"p","version":"1.0.0"}',
    'bun.lock': '{\n  "lockfileVersion": 1,\n  // c\n}\n',
  },
  'packageurl-js': { 'package.json': PACKAGE_JSON, 'package-lock.json': LOCK },
  semver: { 'package.json': PACKAGE_JSON, 'package-lock.json': LOCK },
  '@babel/parser': {
    'package.json': '{"name":"p","version":"1.0.0"}',
    '.pnpmfile.cjs': 'module.exports = { hooks: { readPackage(pkg) { return pkg; } } };\n',
  },
};

let n = 0;
function checkout(files: Record<string, string>): string {
  const dir = join(tmp, `c${n++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

type Json = { incomplete?: { path: string; reason: string }[]; inventory?: { packages: { purl?: string }[] } };

async function scanWith(dir: string, failing: string[]) {
  const restore = failLibraryLoads(failing);
  try {
    const out = await runCaptured(['scan', dir, '--format', 'json'], tmp);
    return { code: out.code, json: JSON.parse(out.stdout) as Json };
  } finally {
    restore();
  }
}

describe('a library that cannot be loaded makes the scan incomplete', () => {
  it.each(Object.keys(CHECKOUTS))('%s', async (library) => {
    const dir = checkout(CHECKOUTS[library]!);
    const healthy = await scanWith(dir, []);
    expect(healthy.code).not.toBe(EXIT_INCOMPLETE);
    expect(healthy.json.incomplete).toBeUndefined();

    const broken = await scanWith(dir, [library]);
    expect(broken.code).toBe(EXIT_INCOMPLETE);
    expect(broken.json.incomplete?.map((g) => g.reason).join('\n')).toContain(
      `the library ${library} could not be loaded`,
    );
  });

  it('packageurl-js: no inventory package silently loses its purl', async () => {
    const dir = checkout(CHECKOUTS['packageurl-js']!);
    expect((await scanWith(dir, [])).json.inventory?.packages.every((p) => p.purl)).toBe(true);
    const broken = await scanWith(dir, ['packageurl-js']);
    expect(broken.json.inventory?.packages.filter((p) => !p.purl) ?? []).toEqual([]);
  });

  it.each([
    ['tar', 'p-1.0.0.tgz', () => tgz(file('package/package.json', '{"name":"p","version":"1.0.0"}')) as Buffer],
    // An empty zip: the end-of-central-directory record alone.
    ['yauzl', 'p-1.0.0-py3-none-any.whl', () => Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(18)])],
  ])('%s: an archive is not read as empty', async (library, name, bytes) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes());
    const restore = failLibraryLoads([library]);
    try {
      const out = await runCaptured(['scan', path, '--format', 'json'], tmp);
      expect(out.code).toBe(EXIT_ERROR);
      expect(out.stderr).toContain(`the library ${library} could not be loaded`);
    } finally {
      restore();
    }
  });
});
