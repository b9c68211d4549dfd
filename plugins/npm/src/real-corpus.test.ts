/** Hand-reviewed facts about real checkouts (../shared/corpus/real/npm); skipped when the corpus is absent. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan, type ScanResult } from '@inert/core';
import { npm } from './index.js';

const real = process.env.INERT_REAL_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));
const base = `${real}/npm`;

async function scanRepo(repo: string): Promise<ScanResult> {
  return scan(new DirectorySource(`${base}/${repo}`), { plugins: [npm] });
}
const text = (repo: string, file: string) => readFileSync(`${base}/${repo}/${file}`, 'utf8');
const count = (r: ScanResult, file: string) => r.inventory.packages.filter((p) => p.file === file).length;
const checks = (r: ScanResult, id: string) => r.findings.filter((f) => f.check === id);

/** Keys of every `packages:` map in a pnpm lock (one per YAML document). */
function pnpmPackageCount(lock: string): number {
  let n = 0;
  let inPackages = false;
  for (const line of lock.split('\n')) {
    if (/^\S/.test(line)) inPackages = line === 'packages:';
    else if (inPackages && /^ {2}\S.*:(?: \{\})?$/.test(line)) n++;
  }
  return n;
}

describe.skipIf(!existsSync(base))('real corpus: npm', () => {
  it('babel (yarn berry 4, yarnPath, plugins, enableScripts: false)', async () => {
    const r = await scanRepo('babel__babel');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    const lock = text('babel__babel', 'yarn.lock');
    const entries = lock.split('\n').filter((l) => /^"?[^\s#"][^\n]*:$/.test(l) && !l.startsWith('__metadata')).length;
    expect(count(r, 'yarn.lock')).toBe(entries);
    // every fetched entry without a checksum is a platform-conditional one
    const missing = checks(r, 'npm/lock-entry-without-integrity');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.messageId === 'conditional' && f.severity === 'low')).toBe(true);
    expect(checks(r, 'npm/yarn-path').map((f) => f.location.line)).toHaveLength(1);
    expect(checks(r, 'npm/yarn-plugin')).toHaveLength(2);
    // enableScripts: false blocks every dependency's scripts
    expect(r.inventory.packages.every((p) => p.scriptsVerdict === undefined || p.scriptsVerdict === 'blocked')).toBe(
      true,
    );
    expect(checks(r, 'npm/scripts-policy-permissive')).toEqual([]);
  });

  it('eslint (package-lock=false, no lockfile)', async () => {
    const r = await scanRepo('eslint__eslint');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    expect(r.inventory.packages).toEqual([]);
    // The root .npmrc is the project config of the root and its `packages/*` workspaces only; docs/ and
    // its examples are projects of their own with no .npmrc (npm 10.9.0 loadLocalPrefix): missing there.
    const byPath = Object.fromEntries(checks(r, 'npm/lockfile-missing').map((f) => [f.location.path, f.messageId]));
    expect(byPath).toMatchObject({
      'package.json': 'disabled',
      'packages/eslint-config-eslint/package.json': 'disabled',
      'docs/package.json': 'missing',
      'docs/_examples/custom-rule-tutorial-code/package.json': 'missing',
    });
  });

  it('hono (bun.lock, a classic yarn.lock and a package-lock in benchmarks)', async () => {
    const r = await scanRepo('honojs__hono');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    const bunCount = (file: string) => (text('honojs__hono', file).match(/^ {4}"[^"]+": \[/gm) ?? []).length;
    expect(count(r, 'bun.lock')).toBe(bunCount('bun.lock'));
    expect(count(r, 'benchmarks/routers/bun.lock')).toBe(bunCount('benchmarks/routers/bun.lock'));
    const classic = text('honojs__hono', 'benchmarks/jsx/yarn.lock')
      .split('\n')
      .filter((l) => /^"?[^\s#].*:$/.test(l)).length;
    expect(count(r, 'benchmarks/jsx/yarn.lock')).toBe(classic);
    const v3 = JSON.parse(text('honojs__hono', 'benchmarks/query-param/package-lock.json')) as {
      packages: Record<string, unknown>;
    };
    expect(count(r, 'benchmarks/query-param/package-lock.json')).toBe(Object.keys(v3.packages).length - 1);
    // bun.lock does not record scripts; esbuild is on Bun's built-in trusted list, so it runs
    const bunRuns = checks(r, 'npm/install-scripts').filter((f) => f.location.path === 'bun.lock');
    expect(bunRuns.some((f) => f.package?.name === 'esbuild' && f.severity === 'high')).toBe(true);
    expect(r.inventory.packages.filter((p) => p.file === 'bun.lock').every((p) => p.installScripts === null)).toBe(
      true,
    );
  });

  it('mattermost desktop (package-lock v3 with hasInstallScript)', async () => {
    const r = await scanRepo('mattermost__desktop');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    const lock = JSON.parse(text('mattermost__desktop', 'package-lock.json')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    expect(count(r, 'package-lock.json')).toBe(Object.keys(lock.packages).length - 1);
    const withScripts = Object.entries(lock.packages)
      .filter(([k, v]) => k !== '' && v.hasInstallScript === true)
      .map(([k]) => k.slice(k.lastIndexOf('node_modules/') + 13));
    expect(withScripts).toHaveLength(7);
    const inv = r.inventory.packages
      .filter((p) => p.file === 'package-lock.json' && p.installScripts === true)
      .map((p) => p.name);
    expect(inv.sort()).toEqual(withScripts.sort());
    // no packageManager/engines npm: npm <= 11 behaviour assumed, so they run (high), except the
    // optional darwin-only fsevents, whose hooks run only on macOS (low)
    const runs = checks(r, 'npm/install-scripts').filter((f) => f.location.path === 'package-lock.json');
    expect(runs).toHaveLength(7);
    expect(runs.every((f) => f.messageId === 'runs')).toBe(true);
    expect(runs.filter((f) => f.severity === 'low').map((f) => f.package?.name)).toEqual(['fsevents']);
    expect(runs.filter((f) => f.severity === 'high')).toHaveLength(6);
  });

  it('pnpm.io (two-document pnpm-lock.yaml, allowBuilds, custom registry)', async () => {
    const r = await scanRepo('pnpm__pnpm.io');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    const lock = text('pnpm__pnpm.io', 'pnpm-lock.yaml');
    expect(count(r, 'pnpm-lock.yaml')).toBe(pnpmPackageCount(lock));
    // the first document locks pnpm itself
    expect(r.inventory.packages.some((p) => p.name === '@pnpm/exe.darwin-arm64')).toBe(true);
    const allowed = checks(r, 'npm/install-scripts')
      .map((f) => f.package?.name)
      .sort();
    expect(allowed).toEqual(['@parcel/watcher', '@swc/core']);
    expect(checks(r, 'npm/registry-config').map((f) => f.messageId)).toEqual(['unscoped']);
    expect(r.inventory.sources.map((s) => s.url)).toEqual(['https://node-registry.bit.cloud/']);
  });

  it('typescript-eslint (two-document lock, allowBuilds all false, catalog alias)', async () => {
    const r = await scanRepo('typescript-eslint__typescript-eslint');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    expect(count(r, 'pnpm-lock.yaml')).toBe(
      pnpmPackageCount(text('typescript-eslint__typescript-eslint', 'pnpm-lock.yaml')),
    );
    expect(checks(r, 'npm/install-scripts')).toEqual([]);
    expect(r.inventory.packages.every((p) => p.scriptsVerdict === 'blocked')).toBe(true);
    expect(checks(r, 'npm/alias-dependency').map((f) => f.location.path)).toContain('pnpm-workspace.yaml');
  });

  it('vite (pnpm v9 workspace with many importers, BOM manifest)', async () => {
    const r = await scanRepo('vitejs__vite');
    expect(checks(r, 'core/unparsed-file')).toEqual([]);
    expect(count(r, 'pnpm-lock.yaml')).toBe(pnpmPackageCount(text('vitejs__vite', 'pnpm-lock.yaml')));
    // playground members share the root lock; only create-vite templates (not workspace members) are unlocked
    expect(
      checks(r, 'npm/lockfile-missing').every((f) => f.location.path.startsWith('packages/create-vite/template-')),
    ).toBe(true);
  });
});
