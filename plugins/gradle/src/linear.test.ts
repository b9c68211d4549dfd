/**
 * Gradle data-file readers without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3):
 * .properties lines read as the old regex read them (verification-metadata.xml is read with saxes,
 * docs/decisions/0013), and doubling a pathological file ~doubles the time of the whole read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear, MB, repeatTo } from '@inert/testing';
import { parseProperties, splitProperty } from './load/properties.js';
import { parseVerification } from './load/verification.js';

/** The regexes replaced; kept only to compare against. */
function oldSplitProperty(line: string) {
  const m = /^((?:\\.|[^\s:=\\])+)(?:\s|\s*[:=])\s*([\s\S]*)$/.exec(line);
  return m ? { key: m[1]!, value: m[2]! } : undefined;
}

const chars = (pieces: string[], maxLength = 20) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

describe('Gradle data files read as the replaced regexes read them', () => {
  it('.properties lines', () => {
    expect(splitProperty('distributionUrl=https\\://services.gradle.org/x.zip')).toEqual({
      key: 'distributionUrl',
      value: 'https\\://services.gradle.org/x.zip',
    });
    expect(splitProperty('org.gradle.jvmargs = -Xmx2g')).toEqual({ key: 'org.gradle.jvmargs', value: '= -Xmx2g' }); // one space separates: as before
    expect(splitProperty('k:v')).toEqual({ key: 'k', value: 'v' });
    expect(splitProperty('lonely')).toBeUndefined();
    for (const line of ['a\\ b=c', 'a\\', 'a\\\u2028=b', '=v', ':', 'k\t\tv', 'k \u2028 v'])
      expect(splitProperty(line), line).toEqual(oldSplitProperty(line));
    fc.assert(
      fc.property(chars(['k', '\\', ' ', '\t', ':', '=', '\u2028', '\n', 'v']), (line) => {
        expect(splitProperty(line)).toEqual(oldSplitProperty(line));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('Gradle data-file readers are linear', () => {
  it.each([
    ['gradle.properties: a 1 MB key', (n: number) => `${repeatTo('k', n)}\n`],
    ['gradle.properties: 1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['gradle.properties: a key, 1 MB of spaces, no separator', (n: number) => `k${repeatTo(' ', n)}`],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseProperties(t, 'gradle.properties'), make, { start: MB });
  });

  it('gradle.properties: escapes (256 KB: unescaping costs more per character)', () => {
    expectLinear(
      (t: string) => parseProperties(t, 'gradle.properties'),
      (n) => `${repeatTo('\\ ', n)}=v`,
      { start: MB >> 2 },
    );
  });

  const xml = (line: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<verification-metadata>\n<configuration>\n<trusted-artifacts>\n${line}\n</trusted-artifacts>\n</configuration>\n</verification-metadata>\n`;
  it.each([
    ['verification-metadata.xml: 1 MB of <trust with no >', (n: number) => xml(repeatTo('<trust ', n))],
    [
      'verification-metadata.xml: a <trust> with a 1 MB attribute name and no =',
      (n: number) => xml(`<trust ${repeatTo('a', n)}>`),
    ],
    [
      'verification-metadata.xml: attributes with an unclosed quote (256 KB: one attribute per 6 characters)',
      (n: number) => xml(`<trust ${repeatTo('a="', n >> 2)}>`),
    ],
    ['verification-metadata.xml: 1 MB of NULs', (n: number) => xml(repeatTo('\0', n))],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseVerification(t, 'gradle/verification-metadata.xml'), make, { start: MB });
  });
});
