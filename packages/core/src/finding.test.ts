/**
 * The fingerprint is written with @noble/hashes (docs/decisions/0034); it must stay the value
 * node:crypto gave before, or every baseline and suppression by fingerprint would stop matching.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './finding.js';

const byNodeCrypto = (check: string, path: string, key: string): string =>
  createHash('sha256').update(`${check}\0${path}\0${key}`).digest('hex').slice(0, 32);

// Any UTF-16 code units, lone surrogates included, and text long enough to cross SHA-256's 64-byte
// blocks and the 55/56-byte padding boundary.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', '\0', 'é', '€', '😀', '\ud800', '\udfff', '\u202e'), maxLength: 120 }),
);

describe('fingerprint', () => {
  it('is node:crypto’s SHA-256 hex prefix of check, path and key joined by NULs', () => {
    fc.assert(
      fc.property(text, text, text, (check, path, key) => {
        expect(fingerprint({ check, path, key })).toBe(byNodeCrypto(check, path, key));
      }),
      { numRuns: 2000, seed: 34 },
    );
  });

  it('encodes lone surrogates as U+FFFD, as update(string) does', () => {
    const lone = fingerprint({ check: 'npm/x', path: 'a\ud800b', key: '\udc00' });
    expect(lone).toBe(byNodeCrypto('npm/x', 'a\ud800b', '\udc00'));
    expect(lone).toBe(byNodeCrypto('npm/x', 'a\ufffdb', '\ufffd'));
    // A pair is one code point, not two replacements.
    expect(fingerprint({ check: 'npm/x', path: '\ud83d\ude00', key: '' })).not.toBe(
      byNodeCrypto('npm/x', '\ufffd\ufffd', ''),
    );
  });

  it('gives known values (every length up to two blocks, and a real finding’s parts)', () => {
    for (let n = 0; n <= 130; n++) {
      const key = 'k'.repeat(n);
      expect(fingerprint({ check: 'c', path: 'p', key })).toBe(byNodeCrypto('c', 'p', key));
    }
    // Written down once from node:crypto: what baselines made before 0034 hold.
    expect(fingerprint({ check: 'npm/install-scripts', path: 'package.json', key: 'a' })).toBe(
      'b993f64acf3ea206a9974f09195f8b4a',
    );
  });
});
