import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchesGlob } from '@inert/core';
import { repo, run } from './cli.test.helpers.js';
import { filesEntries, sparsePattern } from './files-command.js';
import { parseListing } from './listing.js';
import { PLUGINS } from './plugins.js';

const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const relativeFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => !d.isDirectory()) : [];
const pathsUnder = (dir: string) =>
  relativeFiles(dir).map((d) =>
    join(d.parentPath, d.name)
      .slice(dir.length + 1)
      .replaceAll('\\', '/'),
  );

// Paths whose shape the corpus may lack: nested rules, rules looked up in skipped directories, deep globs.
const SHAPES = [
  'a/.github/workflows/ci.yml',
  '.github/workflows/sub/ci.yml',
  'requirements/dev/extra.txt',
  'svc/requirements/base.in',
  'crate/src/bin/tool/main.rs',
  'crate/src/bin/tool/extra/main.rs',
  'go/vendor/modules.txt',
  'app/.bundle/plugin/gems/x/lib/y.rb',
  'tools/.cargo/config',
  'gradle/dependency-locks/compile.lockfile',
  'web/Dockerfile.prod',
  'web/prod.Dockerfile',
];

const work = mkdtempSync(join(tmpdir(), 'inert-sparse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: work };

/** The paths git's own gitignore matching (what `git sparse-checkout --no-cone` uses) selects. */
function gitSelects(patterns: readonly string[], paths: readonly string[]): Set<string> {
  expect(spawnSync('git', ['init', '-q', work], { env }).status).toBe(0);
  writeFileSync(join(work, '.gitignore'), patterns.map((p) => `${p}\n`).join(''));
  const out = spawnSync('git', ['-C', work, 'check-ignore', '--no-index', '--stdin', '-z'], {
    env,
    input: paths.map((p) => `${p}\0`).join(''),
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  // 0: some paths matched; 1: none did; anything else (128: a fatal error, null: no git) fails the test.
  expect([0, 1], out.stderr).toContain(out.status);
  return new Set(out.stdout.split('\0').filter(Boolean));
}

describe('inert files --format sparse', () => {
  const entries = filesEntries(PLUGINS);
  const patterns = entries.filter((e) => e.kind !== 'config').flatMap((e) => e.sparse);
  const paths = [...new Set([...pathsUnder(join(repo, 'corpus')), ...pathsUnder(real), ...SHAPES])].filter(
    (p) => !p.split('/').includes('.git'),
  );
  // The claim as each rule states it (the router the walk uses is tested equal to this: file-router-corpus.test.ts).
  const globs = PLUGINS.flatMap((p) => p.files.flatMap((r) => r.match));
  const route = (path: string) => (globs.some((g) => matchesGlob(path, g)) ? true : undefined);
  const claimed = paths.filter((p) => route(p) !== undefined);

  it('selects, by git itself, every file a plugin claims (real and project corpus, and nested shapes)', () => {
    expect(claimed.length).toBeGreaterThan(1000);
    const selected = gitSelects(patterns, paths);
    expect(claimed.filter((p) => !selected.has(p))).toEqual([]);
    for (const shape of SHAPES) expect(selected.has(shape), shape).toBe(route(shape) !== undefined);
  });

  it('anchors inert’s own config at the root, as the scan reads it only there', () => {
    const root = entries.find((e) => e.kind === 'config')!.sparse;
    const selected = gitSelects(root, ['inert.config.json', '.inert.json', 'sub/inert.config.json', 'sub/.inert.json']);
    expect([...selected].sort()).toEqual(['.inert.json', 'inert.config.json']);
  });

  it('refuses a rule it has no gitignore form for, instead of printing a pattern that means something else', () => {
    expect(sparsePattern('.cargo/config.toml')).toBe('**/.cargo/config.toml');
    expect(sparsePattern('**/x.lock')).toBe('**/x.lock');
    expect(() => sparsePattern('{a,b}.lock')).toThrow(/no sparse-checkout equivalent/);
    expect(() => sparsePattern('!secret')).toThrow(/no sparse-checkout equivalent/);
  });

  it('prints the patterns once each, and text and JSON name every plugin', async () => {
    const sparse = await run(['files', '--format', 'sparse']);
    expect(sparse.code).toBe(0);
    const lines = sparse.stdout.trimEnd().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toEqual(
      expect.arrayContaining(['package-lock.json', '**/.github/workflows/*.yml', '/inert.config.json']),
    );
    const json = JSON.parse((await run(['files', '--format', 'json', '--ecosystem', 'cargo'])).stdout) as {
      ecosystem: string;
    }[];
    expect(new Set(json.map((e) => e.ecosystem))).toEqual(new Set(['cargo', 'inert']));
    const text = await run(['files']);
    for (const p of PLUGINS) expect(text.stdout).toContain(`${p.ecosystem} `);
    expect((await run(['files', '--format', 'sarif'])).code).toBe(2);
  });
});

describe('--listing', () => {
  it('reads git ls-tree -z output and name-only lists, and refuses what would silently match nothing', () => {
    const full = parseListing(
      '100644 blob 5e1c309dae7f45e0f39b1bf3ac3cd9db12e7d689\tpackage.json\0' +
        '120000 blob 0b5d6b1b5a4d3e8d5e4f3c2b1a0f9e8d7c6b5a49\tdocs/current\0' +
        '160000 commit 3f786850e387550fdab836ed7e6dc881de23001b\tthird_party/lib\0',
      'l',
    );
    expect([...full.paths]).toEqual(['package.json', 'docs/current', 'third_party/lib']);
    expect([...(full.symlinks ?? [])]).toEqual(['docs/current']);
    expect([...parseListing('a/package.json\0./b.txt\0', 'l').paths]).toEqual(['a/package.json', 'b.txt']);
    expect(parseListing('a/package.json\r\nb.txt\n', 'l')).toEqual({ paths: new Set(['a/package.json', 'b.txt']) });
    expect(() => parseListing('100644 blob 5e1c309d\ta\0b.txt\0', 'l')).toThrow(/not in the form of the first/);
    expect(() => parseListing('"a\\tb.json"\n', 'l')).toThrow(/git quoted/);
    expect(() => parseListing('../x/package.json\n', 'l')).toThrow(/not a path relative/);
    expect(() => parseListing('/etc/passwd\n', 'l')).toThrow(/not a path relative/);
    expect(() => parseListing('\n\n', 'l')).toThrow(/lists no path/);
  });

  it('makes a sparse checkout that lacks a file the scan would read incomplete, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inert-listing-'));
    try {
      const workflows = join(dir, 'checkout/.github/workflows');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(workflows, { recursive: true });
      writeFileSync(
        join(workflows, 'release.yml'),
        'on: push\npermissions: {}\njobs:\n  r:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: ./scripts/release.sh\n',
      );
      const listing = join(dir, 'listing');
      writeFileSync(listing, '.github/workflows/release.yml\0scripts/release.sh\0web/package.json\0README.md\0');
      const scanned = await run(['scan', join(dir, 'checkout'), '--listing', listing, '--format', 'json']);
      expect(scanned.code).toBe(3);
      const incomplete = (JSON.parse(scanned.stdout) as { incomplete: { path: string }[] }).incomplete;
      expect(incomplete.map((g) => g.path)).toEqual(['web/package.json', 'scripts/release.sh']);
      writeFileSync(listing, '.github/workflows/release.yml\0README.md\0');
      expect((await run(['scan', join(dir, 'checkout'), '--listing', listing, '--format', 'json'])).code).toBe(0);
      expect((await run(['scan', '--batch', join(dir, 'checkout'), '--listing', listing])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
