import { describe, expect, it } from 'vitest';
import { compareDigitStrings, compareSemver } from './versions.js';

// SEMVER ranges use SemVer 2.0.0 whatever the ecosystem; each ecosystem's own order is tested in its plugin (osv.test.ts).
const ordered = [
  '0.0.1',
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0',
  '1.2.3',
  '1.10.0',
  '10.0.0',
];

describe('compareSemver', () => {
  it('orders SemVer 2.0.0 versions (https://semver.org/#spec-item-11)', () => {
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect([ordered[i], ordered[j], compareSemver(ordered[i]!, ordered[j]!)]).toEqual([
          ordered[i],
          ordered[j],
          Math.sign(i - j),
        ]);
      }
    }
  });

  it('ignores build metadata and a leading v', () => {
    expect(compareSemver('1.0.0+build.5', '1.0.0')).toBe(0);
    expect(compareSemver('v1.2.0', '1.2.0')).toBe(0);
  });

  it('says "could not compare" for versions it cannot parse', () => {
    expect(compareSemver('latest', '1.0.0')).toBeUndefined();
    expect(compareSemver('1.0', '1.0.0')).toBeUndefined();
  });
});

describe('compareDigitStrings', () => {
  it('compares digit strings of any length as integers', () => {
    expect(compareDigitStrings('99999999999999999999', '100000000000000000000')).toBe(-1);
    expect(compareDigitStrings('007', '7')).toBe(0);
    expect(compareDigitStrings('10', '9')).toBe(1);
  });
});
