import { describe, expect, it } from 'vitest';
import { compareVersions, type OsvEcosystem } from './versions.js';

const ordered: Record<OsvEcosystem, string[]> = {
  npm: ['0.0.1', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.2.3', '1.10.0', '10.0.0'],
  'crates.io': ['0.1.0', '0.1.1', '0.2.0-pre.1', '0.2.0', '1.0.0'],
  Go: ['v0.0.0-20200101000000-abcdefabcdef', 'v0.1.0', 'v1.2.0-rc.1', 'v1.2.0', 'v2.0.0+incompatible'],
  PyPI: ['1.0.dev0', '1.0a1', '1.0a2.dev1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0.post1', '1.0.1', '1.1', '2!0.5'],
  RubyGems: ['1.0.0.pre', '1.0.0.rc1', '1.0.0', '1.0.1', '1.2', '1.10', '2.0.0.beta2', '2.0.0'],
  Maven: ['1.0-alpha-1', '1.0-beta', '1.0-rc1', '1.0-SNAPSHOT', '1.0', '1.0-sp1', '1.0.1', '1.1', '2.0'],
};

describe('compareVersions', () => {
  for (const [eco, list] of Object.entries(ordered) as [OsvEcosystem, string[]][]) {
    it(`orders ${eco} versions`, () => {
      for (let i = 0; i < list.length; i++) {
        for (let j = 0; j < list.length; j++) {
          expect([list[i], list[j], compareVersions(eco, list[i]!, list[j]!)]).toEqual([list[i], list[j], Math.sign(i - j)]);
        }
      }
    });
  }

  it('treats equal spellings as equal', () => {
    expect(compareVersions('PyPI', '1.0', '1.0.0')).toBe(0);
    expect(compareVersions('RubyGems', '1.0', '1.0.0')).toBe(0);
    expect(compareVersions('Maven', '1.0', '1.0.0')).toBe(0);
  });

  it('says "could not compare" for versions it cannot parse', () => {
    expect(compareVersions('npm', 'latest', '1.0.0')).toBeUndefined();
    expect(compareVersions('PyPI', 'not a version', '1.0')).toBeUndefined();
  });
});
