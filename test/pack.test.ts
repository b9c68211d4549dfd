/**
 * Distribution (#23.5): the packages as a user gets them. Packs every publishable package with pnpm (as the
 * release workflow does), checks what each tarball holds, then installs @inert/cli from the tarballs into an
 * empty directory with npm, offline, and runs the installed `inert`.
 *
 * Offline on a fresh machine: the npm cache is empty there, so the third-party dependencies are packed from
 * the workspace's own pnpm store (the exact versions pnpm-lock.yaml pins) and installed from those tarballs
 * too, with an empty npm cache and an unreachable registry: anything npm tried to fetch would fail the test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, VERSION } from '@inert/core';
import { PLUGINS } from '@inert/cli';
import { packAll, publishablePackages, tarballName } from '../scripts/pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'inert-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall'];

function listTarball(file: string): string[] {
  return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^package\//, ''));
}
function readFromTarball(file: string, path: string): string {
  return execFileSync('tar', ['-xzOf', file, `package/${path}`], { encoding: 'utf8' });
}

/** Third-party runtime dependencies of the publishable packages, resolved in the workspace's pnpm store. */
function thirdPartyClosure(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (fromDir: string, name: string, optional: boolean): void => {
    const link = join(fromDir, 'node_modules', name);
    if (!existsSync(link)) {
      if (optional) return;
      throw new Error(`${name} (needed from ${fromDir}) is not installed: run pnpm install --frozen-lockfile first`);
    }
    const dir = realpathSync(link);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const seen = found.get(manifest.name);
    if (seen !== undefined) {
      if (seen !== dir)
        throw new Error(
          `two versions of ${manifest.name} in the closure (${seen}, ${dir}): the flat offline install below cannot hold both`,
        );
      return;
    }
    found.set(manifest.name, dir);
    // pnpm's layout: a package's dependencies are its siblings in .pnpm/<name>@<version>/node_modules.
    const siblings = dir.slice(0, dir.length - manifest.name.length - '/node_modules/'.length);
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(siblings, dep, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(siblings, dep, true);
  };
  for (const { dir, manifest } of publishablePackages()) {
    for (const dep of Object.keys(manifest.dependencies ?? {})) if (!dep.startsWith('@inert/')) visit(dir, dep, false);
  }
  return found;
}

/** Every package.json under node_modules (one level of scopes, and nested node_modules). */
function installedManifests(dir: string): string[] {
  const out: string[] = [];
  const walk = (nodeModules: string): void => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      const path = join(nodeModules, entry);
      if (entry.startsWith('@')) {
        for (const scoped of readdirSync(path)) {
          out.push(join(path, scoped));
          walk(join(path, scoped, 'node_modules'));
        }
      } else {
        out.push(path);
        walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return out;
}

beforeAll(() => {
  packAll(tarballs);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packed tarballs', () => {
  it('packs every publishable package, dependencies first, and none of the private ones', () => {
    const order = readFileSync(join(tarballs, 'order.txt'), 'utf8').trim().split('\n');
    expect(order[0]).toBe(`inert-core-${VERSION}.tgz`);
    expect(order.at(-1)).toBe(`inert-cli-${VERSION}.tgz`);
    expect(order).toHaveLength(10);
    expect(order.some((n) => n.includes('testing') || n.includes('lint'))).toBe(false);
  });

  for (const { manifest } of publishablePackages()) {
    it(`${manifest.name}: a rewritten manifest, built files only, every export present`, () => {
      const file = join(tarballs, tarballName(manifest));
      const files = listTarball(file);
      const text = readFromTarball(file, 'package.json');
      const packed = JSON.parse(text) as {
        version: string;
        exports: Record<string, unknown>;
        bin?: Record<string, string>;
        dependencies?: Record<string, string>;
        scripts?: Record<string, string>;
      };
      expect(packed.version).toBe(VERSION);
      // pnpm rewrote workspace:* to the exact version, and publishConfig dropped the `source` condition
      // (src/ is not shipped).
      expect(text).not.toContain('workspace:');
      expect(text).not.toContain('"source"');
      for (const [name, spec] of Object.entries(packed.dependencies ?? {}))
        if (name.startsWith('@inert/')) expect(spec).toBe(VERSION);
      for (const hook of INSTALL_HOOKS) expect(packed.scripts?.[hook]).toBeUndefined();
      const targets: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string') targets.push(value);
        else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) collect(v);
      };
      collect(packed.exports);
      for (const target of [...targets, ...Object.values(packed.bin ?? {})]) {
        const path = target.replace(/^\.\//, '');
        // A subpath pattern (`./grammars/*.wasm`) must match at least one packed file.
        if (path.includes('*')) {
          const [before, after] = path.split('*') as [string, string];
          expect(files.filter((f) => f.startsWith(before) && f.endsWith(after)).length, path).toBeGreaterThan(0);
        } else expect(files).toContain(path);
      }
      // No tests, source maps pointing at absent sources, TypeScript sources, build info or credentials.
      const unwanted = files.filter((f) =>
        /\.test\.|\.map$|\.tsbuildinfo$|(?:^|\/)\.(?:env|npmrc)|^src\/|(?<!\.d)\.ts$/.test(f),
      );
      expect(unwanted).toEqual([]);
      expect(files).toContain('package.json');
      expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js')).length).toBeGreaterThan(0);
    });
  }

  it('@inert/cli ships a docs page for every check, where SARIF helpUri points', () => {
    const files = new Set(listTarball(join(tarballs, `inert-cli-${VERSION}.tgz`)));
    const missing = catalogue(PLUGINS)
      .filter((c) => !files.has(c.docsPath))
      .map((c) => c.docsPath);
    expect(missing).toEqual([]);
    expect(files.has('bundle/bin.js')).toBe(true);
    expect(files.has('bundle/worker.js')).toBe(true);
    // The checks' metadata and the profiles the bundle reads at start (docs/decisions/0038).
    expect(files.has('bundle/plugin-data.json')).toBe(true);
    expect(files.has('config.schema.json')).toBe(true);
  });

  it('@inert/cli ships every per-tool threat-model page the Markdown and HTML reports link', () => {
    const files = new Set(listTarball(join(tarballs, `inert-cli-${VERSION}.tgz`)));
    const linked = PLUGINS.flatMap((p) =>
      p.threatModelPages
        ? [...Object.values(p.threatModelPages.clients), ...p.threatModelPages.registries.map((r) => r.page)]
        : [],
    );
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((page) => !files.has(page))).toEqual([]);
  });
});

describe('installed from the tarballs, offline', () => {
  let install: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    const thirdParty = join(work, 'third-party');
    mkdirSync(thirdParty, { recursive: true });
    // npm pack refuses a directory inside pnpm's store (it exits 1 without a message), so each package is
    // copied out of the store first; --ignore-scripts: packing runs none of their prepack/prepare hooks.
    const copies = [...thirdPartyClosure()].map(([name, dir]) => {
      const copy = join(work, 'store-copies', name);
      cpSync(dir, copy, { recursive: true, dereference: true });
      return copy;
    });
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', thirdParty, ...copies], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { name: string; filename: string }[];
    const dependencies: Record<string, string> = {};
    for (const p of packed) dependencies[p.name] = `file:${join(thirdParty, p.filename)}`;
    for (const { manifest } of publishablePackages())
      dependencies[manifest.name] = `file:${join(tarballs, tarballName(manifest))}`;
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'inert-install-test', version: '1.0.0', private: true, dependencies }, null, 2),
    );
    install = spawnSync(
      'npm',
      [
        'install',
        '--offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--cache',
        join(work, 'empty-npm-cache'),
        '--registry',
        'http://127.0.0.1:9/',
      ],
      { cwd: app, encoding: 'utf8' },
    );
  }, 300_000);

  it('installs with no network and no npm cache', () => {
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    expect(existsSync(join(app, 'node_modules/.bin/inert'))).toBe(true);
  });

  it('no installed package has an install hook or a binding.gyp (npm would run none even without --ignore-scripts)', () => {
    const manifests = installedManifests(app);
    expect(manifests.length).toBeGreaterThan(20);
    const hooked = manifests.filter((dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
      return INSTALL_HOOKS.some((h) => m.scripts?.[h] !== undefined) || existsSync(join(dir, 'binding.gyp'));
    });
    expect(hooked).toEqual([]);
  });

  it('`inert --version` and `npm exec inert` run the installed CLI', () => {
    const bin = join(app, 'node_modules/.bin/inert');
    expect(execFileSync(bin, ['--version'], { cwd: app, encoding: 'utf8' })).toBe(`inert ${VERSION}\n`);
    const viaNpm = spawnSync(
      'npm',
      ['exec', '--offline', '--cache', join(work, 'empty-npm-cache'), '--', 'inert', '--version'],
      { cwd: app, encoding: 'utf8' },
    );
    expect(viaNpm.stdout).toBe(`inert ${VERSION}\n`);
  });

  it('the installed CLI scans a corpus case like the workspace build, and its SARIF help links resolve inside the package', () => {
    const bin = join(app, 'node_modules/.bin/inert');
    // A lockfile case, and a setup.py case that needs @inert/syntax's WASM grammar loaded from the installed package.
    for (const name of ['npm/install-scripts--transitive-lockfile-v3', 'pip/setup-py-dangerous-call--module-level']) {
      const corpusCase = join(root, 'corpus', name);
      const run = spawnSync(bin, ['scan', corpusCase, '--format', 'json'], { cwd: app, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const findings = (
        JSON.parse(run.stdout) as { findings: { check: string; location: { path: string; line: number } }[] }
      ).findings;
      const expected = (
        JSON.parse(readFileSync(join(corpusCase, 'expected.json'), 'utf8')) as {
          findings: { check: string; path: string; line: number }[];
        }
      ).findings;
      expect(findings.map((f) => `${f.check} ${f.location.path}:${f.location.line}`).sort()).toEqual(
        expected.map((f) => `${f.check} ${f.path}:${f.line}`).sort(),
      );
    }
    const corpusCase = join(root, 'corpus/npm/install-scripts--transitive-lockfile-v3');

    const sarif = spawnSync(bin, ['scan', corpusCase, '--format', 'sarif'], { cwd: app, encoding: 'utf8' });
    const rules = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { helpUri?: string }[] } } }[] })
      .runs[0]!.tool.driver.rules;
    const base = `https://unpkg.com/@inert/cli@${VERSION}/`;
    const installed = join(app, 'node_modules/@inert/cli');
    const broken = rules
      .map((r) => r.helpUri ?? '')
      .filter((u) => !u.startsWith(base) || !existsSync(join(installed, u.slice(base.length))));
    expect(rules.length).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
