import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpuMsAsync } from '../testing/growth.js';
import { DirectorySource } from './directory-source.js';
import { DEFAULT_LIMITS } from './limits.js';

// Test setup only: mkfifo has no Node API. The engine itself never spawns (see forbidden-imports.test.ts).
let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'inert-walk-'));
  outside = mkdtempSync(join(tmpdir(), 'inert-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  writeFileSync(join(root, 'package.json'), '{}');
  symlinkSync(outside, join(root, 'escape'));
  symlinkSync('/etc/passwd', join(root, 'package-lock.json'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  execFileSync('mkfifo', [join(root, 'yarn.lock')]);
  writeFileSync(join(root, 'big.json'), '');
  truncateSync(join(root, 'big.json'), 2 * 1024 * 1024 * 1024); // sparse: 2 GB on paper, nothing on disk
  let deep = root;
  for (let i = 0; i < 6; i++) mkdirSync((deep = join(deep, `d${i}`)));
  writeFileSync(join(deep, 'package.json'), '{}');
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'x', 'package.json'), '{}');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const options = (overrides = {}) => ({
  limits: { ...DEFAULT_LIMITS, maxDepth: 4, ...overrides },
  skipDirs: new Set(['node_modules']),
  peek: [],
});

describe('DirectorySource', () => {
  it('reports symlinks, loops, FIFOs and deep directories without following or hanging', async () => {
    const walk = await new DirectorySource(root).walk(options());
    const files = walk.files.map((f) => f.path);
    expect(files).toContain('package.json');
    expect(files).toContain('big.json');
    expect(files.some((f) => f.includes('secret'))).toBe(false);
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('.git/'))).toBe(false);
    expect(walk.skippedDirs).toEqual(['node_modules']);
    const skipped = Object.fromEntries(walk.skipped.map((s) => [s.path, s]));
    expect(skipped.escape).toMatchObject({ kind: 'symlink', target: 'directory' });
    expect(skipped['package-lock.json']).toMatchObject({ kind: 'symlink' });
    expect(skipped['loop-a']).toMatchObject({ kind: 'symlink', target: 'unknown' });
    expect(skipped['yarn.lock']).toMatchObject({ kind: 'special', detail: 'not a regular file (FIFO)' });
    expect(skipped['d0/d1/d2/d3/d4']).toMatchObject({ kind: 'depth-limit' });
  });

  it('refuses a file over the cap without reading it', async () => {
    let outcome: unknown;
    // CPU time: reading 2 MB would show; a loaded machine's waiting does not.
    expect(
      await cpuMsAsync(async () => (outcome = await new DirectorySource(root).read('big.json', 1024))),
    ).toBeLessThan(1000);
    expect(outcome).toMatchObject({ ok: false, kind: 'limit' });
  });

  it('never opens a FIFO or a symlink, even when asked directly', async () => {
    const source = new DirectorySource(root);
    expect(await source.read('yarn.lock', 1024)).toMatchObject({ ok: false });
    expect(await source.read('package-lock.json', 1024 * 1024)).toMatchObject({ ok: false });
  });

  it('stops at the entry limit and says so', async () => {
    const walk = await new DirectorySource(root).walk(options({ maxEntries: 3 }));
    expect(walk.skipped.some((s) => s.kind === 'entry-limit')).toBe(true);
  });

  it('peeks at named files inside skipped directories only', async () => {
    const walk = await new DirectorySource(root).walk({ ...options(), peek: ['node_modules/x/package.json'] });
    expect(walk.files.map((f) => f.path)).toContain('node_modules/x/package.json');
  });
});

describe('DirectorySource with names that are not UTF-8', () => {
  it('walks into the directory, reports its name escaped, and reads its files by their real bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inert-bytes-'));
    try {
      const bad = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9, 0xff])]);
      mkdirSync(bad);
      writeFileSync(Buffer.concat([bad, Buffer.from('/.npmrc')]), 'token');
      const nested = Buffer.concat([bad, Buffer.from('/sub'), Buffer.from([0xc3])]);
      mkdirSync(nested);
      writeFileSync(Buffer.concat([nested, Buffer.from('/package.json')]), '{}');
      const source = new DirectorySource(dir);
      const walk = await source.walk(options());
      expect(walk.files.map((f) => f.path).sort()).toEqual([
        'caf\\xe9\\xff/.npmrc',
        'caf\\xe9\\xff/sub\\xc3/package.json',
      ]);
      expect(walk.skipped).toEqual([]);
      const read = await source.read('caf\\xe9\\xff/.npmrc', 1024);
      expect(read.ok && Buffer.from(read.bytes).toString()).toBe('token');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the byte path for a directory beside a valid name holding U+FFFD, and reports both names right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inert-bytes-'));
    try {
      mkdirSync(join(dir, 'real\uFFFD'));
      writeFileSync(join(dir, 'real\uFFFD', 'package.json'), '{}');
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.npmrc')]), 'token');
      const source = new DirectorySource(dir);
      const walk = await source.walk(options());
      expect(walk.files.map((f) => f.path).sort()).toEqual(['bad\\xff.npmrc', 'real\uFFFD/package.json']);
      const read = await source.read('real\uFFFD/package.json', 1024);
      expect(read.ok && Buffer.from(read.bytes).toString()).toBe('{}');
      const raw = await source.read('bad\\xff.npmrc', 1024);
      expect(raw.ok && Buffer.from(raw.bytes).toString()).toBe('token');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
