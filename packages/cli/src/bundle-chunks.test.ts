/**
 * Chunks of the bundled bin loaded by need (docs/decisions/0023): a scan that does not need one never
 * loads it, and one that does and cannot load it fails closed (decision 0021's rule): the files it
 * would have read are unread, the scan incomplete, the exit code non-zero.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../', import.meta.url));
let copy = '';
let checkout = '';

/**
 * Copies the bundle under packages/cli/node_modules (its run-time libraries still resolve from
 * packages/cli, and no linter or formatter looks there) without the chunk holding `marker`.
 */
function bundleWithout(marker: string): string {
  const dir = mkdtempSync(join(copy, 'bundle-'));
  cpSync(join(cli, 'bundle'), dir, { recursive: true });
  const holding = readdirSync(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes(marker));
  expect(holding, marker).toHaveLength(1);
  expect(holding[0]).not.toBe('bin.js');
  rmSync(join(dir, holding[0]!));
  return join(dir, 'bin.js');
}

function run(bin: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

beforeAll(() => {
  copy = mkdtempSync(join(cli, 'node_modules/.bundle-chunks-'));
  checkout = mkdtempSync(join(tmpdir(), 'inert-chunks-'));
  writeFileSync(join(checkout, 'package.json'), '{ "name": "a", "version": "1.0.0" }\n');
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(checkout, { recursive: true, force: true });
});

describe('chunks loaded by need', () => {
  it("a checkout without CI files never loads the CI plugin's readers", () => {
    const bin = bundleWithout('async function loadCi(');
    const out = run(bin, 'scan', checkout, '--format', 'json');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as { incomplete?: unknown }).incomplete).toBeUndefined();
  });

  it('a CI readers chunk that fails to load makes the workflow unread and the scan incomplete', () => {
    const bin = bundleWithout('async function loadCi(');
    const withCi = mkdtempSync(join(tmpdir(), 'inert-chunks-ci-'));
    try {
      writeFileSync(join(withCi, 'package.json'), '{ "name": "a", "version": "1.0.0" }\n');
      mkdirSync(join(withCi, '.github/workflows'), { recursive: true });
      writeFileSync(
        join(withCi, '.github/workflows/ci.yml'),
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      );
      const out = run(bin, 'scan', withCi, '--format', 'json', '--fail-on', 'critical');
      expect(out.status).toBe(3);
      const report = JSON.parse(out.stdout) as {
        incomplete?: { path: string }[];
        findings: { check: string; location: { path: string }; message: string }[];
      };
      expect(report.incomplete?.map((g) => g.path)).toContain('.github/workflows/ci.yml');
      const unread = report.findings.filter((f) => f.check === 'core/unparsed-file');
      expect(unread.map((f) => f.location.path)).toEqual(['.github/workflows/ci.yml']);
      expect(unread[0]!.message).toMatch(/the ci plugin failed on it/);
    } finally {
      rmSync(withCi, { recursive: true, force: true });
    }
  });

  it('a report writer that fails to load is an error, never an empty report', () => {
    const bin = bundleWithout('no writer for the format');
    const markdown = run(bin, 'scan', checkout, '--format', 'markdown');
    expect(markdown.status).toBe(2);
    expect(markdown.stdout).toBe('');
    expect(markdown.stderr).toMatch(/inert/);
    // JSON and text do not need it.
    expect(run(bin, 'scan', checkout, '--format', 'json').status).toBe(0);
  });

  // docs/decisions/0029: a plugin's checks and command tables load when it claims a file (commands: when
  // a plugin that reads commands asks for them).
  it("a package.json-only checkout loads neither the CI plugin's checks nor any command table", () => {
    const bin = bundleWithout('plugins/ci/dist/checks/index.js');
    for (const marker of ['plugins/npm/dist/commands.js', 'plugins/ci/dist/publish-rules.js']) {
      const dir = join(bin, '..');
      const holding = readdirSync(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes(marker));
      expect(holding, marker).toHaveLength(1);
      rmSync(join(dir, holding[0]!));
    }
    const out = run(bin, 'scan', checkout, '--format', 'json', '--output', '-');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { incomplete?: unknown; rules: { id: string }[] };
    expect(report.incomplete).toBeUndefined();
    // The report still lists every rule, the CI plugin's included (from its rules data).
    expect(report.rules.map((r) => r.id)).toContain('ci/lax-install');
  });

  it("npm checks that fail to load leave the plugin's files unread and the scan incomplete (exit 3)", () => {
    const bin = bundleWithout('plugins/npm/dist/checks/install-scripts.js');
    const out = run(bin, 'scan', checkout, '--format', 'json', '--fail-on', 'critical');
    expect(out.status).toBe(3);
    const report = JSON.parse(out.stdout) as {
      incomplete?: { path: string; reason: string }[];
      findings: { check: string; location: { path: string }; message: string }[];
    };
    expect(report.incomplete?.map((g) => g.path)).toEqual(['package.json']);
    const unread = report.findings.filter((f) => f.check === 'core/unparsed-file');
    expect(unread.map((f) => f.location.path)).toEqual(['package.json']);
    expect(unread[0]!.message).toMatch(/the npm plugin's checks could not be loaded/);
  });

  it('command tables that fail to load leave the workflows that needed them unread (exit 3)', () => {
    const bin = bundleWithout('plugins/npm/dist/commands.js');
    const withCi = mkdtempSync(join(tmpdir(), 'inert-chunks-commands-'));
    try {
      writeFileSync(join(withCi, 'package.json'), '{ "name": "a", "version": "1.0.0" }\n');
      mkdirSync(join(withCi, '.github/workflows'), { recursive: true });
      writeFileSync(
        join(withCi, '.github/workflows/ci.yml'),
        'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm install\n',
      );
      const out = run(bin, 'scan', withCi, '--format', 'json', '--fail-on', 'critical');
      expect(out.status).toBe(3);
      const report = JSON.parse(out.stdout) as {
        incomplete?: { path: string }[];
        findings: { check: string; location: { path: string } }[];
      };
      expect(report.incomplete?.map((g) => g.path)).toEqual(['.github/workflows/ci.yml']);
      expect(report.findings.filter((f) => f.check === 'core/unparsed-file').map((f) => f.location.path)).toEqual([
        '.github/workflows/ci.yml',
      ]);
    } finally {
      rmSync(withCi, { recursive: true, force: true });
    }
  });

  // docs/decisions/0034: npm's lockfile readers load when the plugin claims a lockfile.
  it("a package.json-only checkout never loads npm's lockfile readers", () => {
    const bin = bundleWithout('plugins/npm/dist/load/package-lock.js');
    const out = run(bin, 'scan', checkout, '--format', 'json');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as { incomplete?: unknown }).incomplete).toBeUndefined();
  });

  it('lockfile readers that fail to load leave the lockfile unread, the manifest read (exit 3)', () => {
    const bin = bundleWithout('plugins/npm/dist/load/package-lock.js');
    const withLock = mkdtempSync(join(tmpdir(), 'inert-chunks-lock-'));
    try {
      writeFileSync(
        join(withLock, 'package.json'),
        '{ "name": "a", "version": "1.0.0", "scripts": { "postinstall": "node setup.js" } }\n',
      );
      writeFileSync(
        join(withLock, 'package-lock.json'),
        '{ "name": "a", "lockfileVersion": 3, "packages": { "": { "name": "a", "version": "1.0.0" } } }\n',
      );
      const out = run(bin, 'scan', withLock, '--format', 'json', '--fail-on', 'critical');
      expect(out.status).toBe(3);
      const report = JSON.parse(out.stdout) as {
        incomplete?: { path: string }[];
        findings: { check: string; location: { path: string }; message: string }[];
      };
      expect(report.incomplete?.map((g) => g.path)).toEqual(['package-lock.json']);
      const unread = report.findings.filter((f) => f.check === 'core/unparsed-file');
      expect(unread.map((f) => f.location.path)).toEqual(['package-lock.json']);
      expect(unread[0]!.message).toMatch(/the npm plugin failed on it/);
      // The manifest was read alone: its own finding is there.
      expect(report.findings.map((f) => f.check)).toContain('npm/root-install-scripts');
    } finally {
      rmSync(withLock, { recursive: true, force: true });
    }
  });
});
