import { describe, expect, it } from 'vitest';
import { candidateFilter, globProblem, matchesGlob } from './glob.js';
import { cpuMs, looksLinear, measureGrowth } from './testing/growth.js';

describe('matchesGlob', () => {
  it('matches the end of a path by default, the whole path when anchored', () => {
    expect(matchesGlob('a/b/.github/workflows/ci.yml', '.github/workflows/*.yml')).toBe(true);
    expect(matchesGlob('.github/workflows/ci.yml', '.github/workflows/*.yml')).toBe(true);
    expect(matchesGlob('x.github/workflows/ci.yml', '.github/workflows/*.yml')).toBe(false);
    expect(matchesGlob('.github/workflows/sub/ci.yml', '.github/workflows/*.yml')).toBe(false);
    expect(matchesGlob('pkg/requirements-dev.txt', 'requirements*.txt')).toBe(true);
    expect(matchesGlob('a/.bundle/plugin/x/y.rb', '.bundle/plugin/**')).toBe(true);
    expect(matchesGlob('packages/a', 'packages/*', { anchored: true })).toBe(true);
    expect(matchesGlob('x/packages/a', 'packages/*', { anchored: true })).toBe(false);
    expect(matchesGlob('packages/a/b', 'packages/*', { anchored: true })).toBe(false);
    expect(matchesGlob('packages/a/b', 'packages/**', { anchored: true })).toBe(true);
    expect(matchesGlob('packages/.hidden', 'packages/*', { anchored: true })).toBe(true);
  });

  it('expands braces as npm (brace-expansion) and pnpm do, and reads `!` literally', () => {
    expect(matchesGlob('apps/web', '{apps,packages}/*', { anchored: true })).toBe(true);
    expect(matchesGlob('packages/web', '{apps,packages}/*', { anchored: true })).toBe(true);
    expect(matchesGlob('tools/web', '{apps,packages}/*', { anchored: true })).toBe(false);
    expect(matchesGlob('a{b}', 'a{b}', { anchored: true })).toBe(true);
    expect(matchesGlob('x', '!x', { anchored: true })).toBe(false);
    expect(matchesGlob('y', '!x', { anchored: true })).toBe(false);
  });
});

describe('hostile globs are refused, fast, and say why', () => {
  it('30 nested brace groups: refused with a reason, in time linear in the nesting', async () => {
    const nested = (n: number) => `${'{a,'.repeat(n)}b${'}'.repeat(n)}`;
    expect(globProblem(nested(30))).toMatch(/30 brace groups/);
    expect(matchesGlob('a', nested(30), { anchored: true })).toBe(false);
    let k = 0;
    // A fresh glob each run (the cache would otherwise answer): 4x the nesting takes ~4x the time.
    // 30,000 groups: about 1 ms of CPU, over the noise looksLinear allows (3,000 took 0.09 ms).
    const growth = await measureGrowth((n) => matchesGlob(`a${k++}`, `${k}${nested(n)}`, { anchored: true }), 30_000);
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  });

  it('sequential brace groups whose product passes the cap are refused before expanding', () => {
    const glob = '{a,a}'.repeat(12);
    // CPU time: a hang guard a loaded machine's waiting does not trip.
    const used = cpuMs(() => {
      expect(globProblem(glob)).toMatch(/more than 64 globs/);
      expect(matchesGlob(`${'a'.repeat(12)}b`, glob, { anchored: true })).toBe(false);
    });
    expect(used).toBeLessThan(5_000);
  });

  it('more than two wildcards are refused (picomatch backtracks polynomially on them)', () => {
    expect(globProblem('*a*a*a*b')).toMatch(/4 wildcards/);
    expect(matchesGlob('a'.repeat(200), '*a*a*a*b')).toBe(false);
    expect(globProblem('**/*.yml')).toBeUndefined();
    expect(globProblem('packages/*/*')).toBeUndefined();
  });

  it("the plugins' own kinds of rule are never refused", () => {
    for (const g of [
      '.github/workflows/*.yml',
      'src/bin/*/main.rs',
      '**/.npmrc',
      '*-gradle.lockfile',
      'requirements*.txt',
      '{a,b}.txt',
    ])
      expect(globProblem(g), g).toBeUndefined();
  });
});

describe('candidateFilter', () => {
  it('passes every path some pattern could match, by its last segment', () => {
    const pass = candidateFilter(['package.json', '.github/workflows/*.yml', 'gradle/*.versions.toml', 'Dockerfile.*']);
    expect(
      [
        'package.json',
        'a/package.json',
        '.github/workflows/x.yml',
        'gradle/libs.versions.toml',
        'Dockerfile.dev',
      ].every(pass),
    ).toBe(true);
    expect(['README.md', 'a/package.json.bak', 'x.yaml'].some(pass)).toBe(false);
  });
});
