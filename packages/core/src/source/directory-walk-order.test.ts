/**
 * The walk's order (decision 0024): a directory whose entries all fit under maxEntries lists its
 * files as one run of sorted names; one where the limit stops the walk, or that holds a peeked
 * skipped directory, is walked entry by entry. Both must give the same order: depth-first,
 * each directory's entries by UTF-16 code units, a peeked file where its directory's name sorts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectorySource } from './directory-source.js';
import { DEFAULT_LIMITS } from './limits.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'inert-order-'));
  // Code-unit order differs from code-point and locale order: 'B' < 'a', U+1F600 (a surrogate pair) < U+FF5E.
  for (const name of ['b.txt', 'B.txt', 'a.txt', 'é.txt', 'z', '\u{1F600}.txt', '\uFF5E.txt', '.hidden'])
    writeFileSync(join(root, name), 'x');
  mkdirSync(join(root, 'a'));
  for (const name of ['y.txt', 'x.txt']) writeFileSync(join(root, 'a', name), 'x');
  mkdirSync(join(root, 'a', 'deeper', 'deepest'), { recursive: true });
  writeFileSync(join(root, 'a', 'deeper', 'deepest', 'f.txt'), 'x');
  // A directory holding a peeked skipped directory: walked entry by entry, the peeked files in place.
  mkdirSync(join(root, 'pkg', 'node_modules', 'x'), { recursive: true });
  for (const name of ['a.json', 'z.json']) writeFileSync(join(root, 'pkg', name), '{}');
  writeFileSync(join(root, 'pkg', 'node_modules', '.package-lock.json'), '{}');
  writeFileSync(join(root, 'pkg', 'node_modules', 'x', 'package.json'), '{}');
  symlinkSync('a.txt', join(root, 'link'));
  execFileSync('mkfifo', [join(root, 'pipe')]); // test setup only, as in directory-source.test.ts
  // A directory whose name is not UTF-8: listed as bytes.
  const raw = Buffer.concat([Buffer.from(`${root}/raw/raw`), Buffer.from([0xe9])]);
  mkdirSync(raw, { recursive: true });
  writeFileSync(Buffer.concat([raw, Buffer.from('/m.txt')]), 'x');
  writeFileSync(Buffer.concat([raw, Buffer.from('/l.txt')]), 'x');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const walk = (maxEntries: number) =>
  new DirectorySource(root).walk({
    limits: { ...DEFAULT_LIMITS, maxDepth: 2, maxEntries },
    skipDirs: new Set(['node_modules']),
    peek: ['node_modules/.package-lock.json', 'node_modules/x/package.json'],
  });

describe('DirectorySource walk order', () => {
  it('lists files depth-first, each directory by code units, peeked files in place', async () => {
    const full = await walk(DEFAULT_LIMITS.maxEntries);
    expect(full.files.map((f) => f.path)).toEqual([
      '.hidden',
      'B.txt',
      'a.txt',
      'b.txt',
      'z',
      'é.txt',
      '\u{1F600}.txt',
      '\uFF5E.txt',
      'a/x.txt',
      'a/y.txt',
      'pkg/a.json',
      'pkg/node_modules/.package-lock.json',
      'pkg/node_modules/x/package.json',
      'pkg/z.json',
      'raw/raw\\xe9/l.txt',
      'raw/raw\\xe9/m.txt',
    ]);
    expect(full.files.filter((f) => f.size !== undefined).map((f) => f.path)).toEqual([
      'pkg/node_modules/.package-lock.json',
      'pkg/node_modules/x/package.json',
    ]);
    expect(full.skipped.map((s) => [s.path, s.kind])).toEqual([
      ['link', 'symlink'],
      ['pipe', 'special'],
      ['a/deeper/deepest', 'depth-limit'],
    ]);
    expect(full.skippedDirs).toEqual(['pkg/node_modules']);
  });

  it('stops at every entry limit with a prefix of the unlimited walk, in the same order', async () => {
    const full = await walk(DEFAULT_LIMITS.maxEntries);
    const files = full.files.map((f) => f.path);
    const skipped = full.skipped.map((s) => s.path);
    let stopped = 0;
    for (let max = 1; max <= 30; max++) {
      const cut = await walk(max);
      const cutFiles = cut.files.map((f) => f.path);
      expect(cutFiles).toEqual(files.slice(0, cutFiles.length));
      const limit = cut.skipped.filter((s) => s.kind === 'entry-limit');
      const rest = cut.skipped.filter((s) => s.kind !== 'entry-limit').map((s) => s.path);
      expect(rest).toEqual(skipped.slice(0, rest.length));
      if (limit.length > 0) stopped++;
      else expect(cutFiles).toEqual(files);
    }
    expect(stopped).toBeGreaterThan(10);
  });
});
