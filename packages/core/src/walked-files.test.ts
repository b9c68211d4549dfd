import { describe, expect, it } from 'vitest';
import { walkOfRuns } from './source/file-source.js';
import { WalkedFiles } from './walked-files.js';

const files = [{ path: 'package.json', size: 40 }, { path: 'a/x.txt' }, { path: 'a/b/package-lock.json', size: 9 }];
// The same walk as a directory source gives it: runs of one directory's names (decision 0024).
const runs = () =>
  walkOfRuns(
    [
      { dir: '', names: ['package.json'], sizes: [40] },
      { dir: 'a', names: ['x.txt'] },
      { dir: 'a/b', names: ['package-lock.json'], sizes: [9] },
    ],
    [],
    [],
  );

describe.each([
  ['files', () => ({ files })],
  ['runs', runs],
])('WalkedFiles of a walk listed as %s', (_, walk) => {
  it('makes the same files from runs', () => {
    expect(walk().files).toEqual(files);
  });

  it('answers for claimed and unclaimed walked files alike, and for nothing else', () => {
    const walked = new WalkedFiles(walk(), [
      [{ path: 'package.json', kind: 'manifest', size: 40 }],
      // A claimed symlink is reported by the walk, never a walked regular file.
      [{ path: 'link.json', kind: 'manifest', skipped: 'symlink to /etc' }],
    ]);
    expect(walked.has('package.json')).toBe(true);
    expect(walked.size('package.json')).toBe(40);
    expect(walked.has('a/x.txt')).toBe(true);
    expect(walked.size('a/x.txt')).toBeUndefined();
    expect(walked.size('a/b/package-lock.json')).toBe(9);
    expect(walked.has('link.json')).toBe(false);
    expect(walked.has('a')).toBe(false);
    expect(walked.has('missing.txt')).toBe(false);
  });

  it('lists the requested paths that were walked, in walk order, whatever order they were asked in', () => {
    const walked = new WalkedFiles(walk(), []);
    const asked = new Set(['a/b/package-lock.json', 'never/walked.json', 'package.json', 'a/x.txt']);
    expect([...walked.inWalkOrder(asked)]).toEqual(['package.json', 'a/x.txt', 'a/b/package-lock.json']);
    expect([...walked.inWalkOrder(new Set())]).toEqual([]);
  });
});
