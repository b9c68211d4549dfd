/** npm git dependencies reach the inventory as git sources pinned to their commit (corpus/npm/clean--package-lock-git-dependencies-pinned). */
import { readFile } from 'node:fs/promises';
import { modelPackages } from '@inert/core';
import { describe, expect, it } from 'vitest';
import { load } from './index.js';
import { gitCommit } from './inventory.js';

const dir = new URL('../../../../corpus/npm/clean--package-lock-git-dependencies-pinned/', import.meta.url);
const paths = ['package.json', 'package-lock.json', 'legacy/package.json', 'legacy/package-lock.json'];

async function scanCase() {
  const texts = Object.fromEntries(
    await Promise.all(paths.map(async (p) => [p, await readFile(new URL(p, dir), 'utf8')] as const)),
  );
  const files = paths.map((path) => ({
    path,
    kind: path.endsWith('lock.json') ? ('lockfile' as const) : ('manifest' as const),
  }));
  return load(files, (p) => Promise.resolve(texts[p]));
}

describe('git dependencies in package-lock', () => {
  it('lists v3 and v1 git entries as git sources with the commit as the pin', async () => {
    const model = await scanCase();
    const git = modelPackages(model)
      .filter((p) => p.source.kind === 'git')
      .map((p) => [p.file, p.name, p.source.commit]);
    expect(git).toEqual([
      ['package-lock.json', 'is-number', '98e8ff1da1a89f93d1397a24d7413ed15421c139'],
      ['package-lock.json', 'left-pad', '5f7fa4b3e2d1a0c9b8a7f6e5d4c3b2a1f0e9d8c7'],
      ['package-lock.json', 'only-allow', 'f7a3b1c2d4e5f60718293a4b5c6d7e8f90a1b2c3'],
      ['legacy/package-lock.json', 'left-pad', '5f7fa4b3e2d1a0c9b8a7f6e5d4c3b2a1f0e9d8c7'],
    ]);
    const registry = modelPackages(model).find((p) => p.name === 'which-pm-runs');
    expect(registry?.source).toEqual({
      kind: 'registry',
      url: 'https://registry.npmjs.org/which-pm-runs/-/which-pm-runs-1.1.0.tgz',
    });
  });

  it('does not claim a git entry has no hooks: npm runs its prepare when it packs the clone', async () => {
    const model = await scanCase();
    const v3 = modelPackages(model).filter((p) => p.file === 'package-lock.json');
    expect(v3.find((p) => p.name === 'only-allow')?.installScripts).toBeNull();
    expect(v3.find((p) => p.name === 'which-pm-runs')?.installScripts).toBe(false);
  });

  it('takes only a full commit as a pin', () => {
    expect(gitCommit({ resolved: 'git+ssh://git@github.com/a/b.git#98E8FF1DA1A89F93D1397A24D7413ED15421C139' })).toBe(
      '98e8ff1da1a89f93d1397a24d7413ed15421c139',
    );
    expect(
      gitCommit({ resolved: 'b@https://github.com/a/b.git#commit=98e8ff1da1a89f93d1397a24d7413ed15421c139' }),
    ).toBe('98e8ff1da1a89f93d1397a24d7413ed15421c139');
    expect(gitCommit({ resolved: 'github:a/b#98e8ff1' })).toBeUndefined();
    expect(gitCommit({ resolved: 'git+https://github.com/a/b.git#main' })).toBeUndefined();
    expect(gitCommit({ resolved: 'git+https://github.com/a/b.git' })).toBeUndefined();
    expect(gitCommit({ commit: 'abc', resolved: undefined })).toBeUndefined();
  });
});
