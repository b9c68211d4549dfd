import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hexHash, MAX_PURL_PART, packageUrl, prefixedHash, sriHashes } from './purl.js';
import { uriReference } from './report/cyclonedx.js';

describe('packageUrl', () => {
  it('applies each type’s rules through packageurl-js', () => {
    expect(packageUrl({ type: 'npm', namespace: '@babel', name: 'core', version: '7.24.0' })).toBe(
      'pkg:npm/%40babel/core@7.24.0',
    );
    expect(packageUrl({ type: 'pypi', name: 'Django_REST', version: '1.0' })).toBe('pkg:pypi/django-rest@1.0');
    expect(packageUrl({ type: 'golang', namespace: 'github.com/foo', name: 'bar', version: 'v1.2.3' })).toBe(
      'pkg:golang/github.com/foo/bar@v1.2.3',
    );
    expect(
      packageUrl({
        type: 'gem',
        name: 'nokogiri',
        version: '1.16.0',
        qualifiers: { platform: 'x86_64-linux', empty: '' },
      }),
    ).toBe('pkg:gem/nokogiri@1.16.0?platform=x86_64-linux');
    expect(packageUrl({ type: 'maven', namespace: 'org.slf4j', name: 'slf4j-api', version: '2.0.9' })).toBe(
      'pkg:maven/org.slf4j/slf4j-api@2.0.9',
    );
  });

  it('gives no purl for a part longer than MAX_PURL_PART (a hostile 2 MB module path), and one at the limit', () => {
    const long = 'a/'.repeat(1 << 20);
    expect(packageUrl({ type: 'golang', namespace: long, name: 'x', version: 'v1.0.0' })).toBeUndefined();
    expect(packageUrl({ type: 'pypi', name: 'a'.repeat(MAX_PURL_PART + 1) })).toBeUndefined();
    expect(packageUrl({ type: 'pypi', name: 'a'.repeat(MAX_PURL_PART) })).toBe(`pkg:pypi/${'a'.repeat(MAX_PURL_PART)}`);
  });

  it('percent-encodes what an attacker puts in a name or qualifier', () => {
    const purl = packageUrl({
      type: 'npm',
      name: 'a b?c#d',
      version: '1.0.0',
      qualifiers: { vcs_url: 'git+https://x/y.git#abc' },
    })!;
    expect(purl).toBe('pkg:npm/a%20b%3Fc%23d@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fx%2Fy.git%23abc');
  });

  it('returns undefined where packageurl-js refuses the parts', () => {
    expect(packageUrl({ type: 'npm', name: '' })).toBeUndefined();
    expect(packageUrl({ type: 'not a type!', name: 'x' })).toBeUndefined();
  });
});

describe('digests', () => {
  it('decodes SRI strings to hex, every well-formed part', () => {
    const sha512 = Buffer.alloc(64, 0xab).toString('base64');
    const sha1 = Buffer.alloc(20, 0x01).toString('base64');
    expect(sriHashes(`sha512-${sha512} sha1-${sha1}`)).toEqual([
      { algorithm: 'sha512', hex: 'ab'.repeat(64) },
      { algorithm: 'sha1', hex: '01'.repeat(20) },
    ]);
  });

  it('leaves out parts whose length does not fit the algorithm, and unknown algorithms', () => {
    expect(sriHashes('sha512-AAAA')).toEqual([]);
    expect(sriHashes(`sha999-${Buffer.alloc(64).toString('base64')}`)).toEqual([]);
    expect(sriHashes(undefined)).toEqual([]);
  });

  it('reads `alg:hex` and `alg=hex` forms and checks the length', () => {
    expect(prefixedHash(`sha256:${'A'.repeat(64)}`)).toEqual({ algorithm: 'sha256', hex: 'a'.repeat(64) });
    expect(prefixedHash(`sha256=${'0'.repeat(64)}`)).toEqual({ algorithm: 'sha256', hex: '0'.repeat(64) });
    expect(prefixedHash(`sha256:${'0'.repeat(63)}`)).toBeUndefined();
    expect(hexHash('md5', 'z'.repeat(32))).toBeUndefined();
  });

  it('skips an over-long part without decoding it', () => {
    expect(sriHashes(`sha512-${'A'.repeat(200_000)} sha1-${Buffer.alloc(20, 2).toString('base64')}`)).toEqual([
      { algorithm: 'sha1', hex: '02'.repeat(20) },
    ]);
  });
});

describe('uriReference (CycloneDX external reference URLs)', () => {
  it('encodes what a URI cannot hold and keeps existing escapes', () => {
    expect(uriReference('https://r.example/@s%2fn/-/n-1.0.0.tgz')).toBe('https://r.example/@s%2fn/-/n-1.0.0.tgz');
    expect(uriReference('file:../my lib')).toBe('file:../my%20lib');
    expect(uriReference('100%')).toBe('100%25');
    expect(uriReference('naïve\u202e.whl')).toBe('na%C3%AFve%E2%80%AE.whl');
  });
});

describe('sriHashes, the sha512 fast path (decision 0035)', () => {
  /** The general path alone (split, SRI_PART, Buffer's base64 decoder), as sriHashes read every string before. */
  function reference(integrity: string): { algorithm: string; hex: string }[] {
    const out: { algorithm: string; hex: string }[] = [];
    const lengths: Record<string, number> = { md5: 32, sha1: 40, sha256: 64, sha384: 96, sha512: 128 };
    for (const part of integrity.trim().split(/\s+/)) {
      const m = /^(sha1|sha256|sha384|sha512|md5)-([A-Z0-9+/]+={0,2})(?:\?.*)?$/i.exec(part);
      if (part.length > 200 || !m) continue;
      const algorithm = m[1]!.toLowerCase();
      const hex = Buffer.from(m[2]!, 'base64').toString('hex');
      if (hex.length === lengths[algorithm] && !out.some((o) => o.algorithm === algorithm && o.hex === hex))
        out.push({ algorithm, hex });
    }
    return out;
  }

  it('decodes as Buffer does, and leaves every other string to the general path', () => {
    let seed = 35;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const ODD = ['-', '_', '=', ' ', '\n', 'é', '\u00ff', '\ud800', '.', '?', '\0', '~', 'A', '/', '+'];
    for (let i = 0; i < 5000; i++) {
      const bytes = Buffer.from(Array.from({ length: 64 }, () => rand(256)));
      let text = `sha512-${bytes.toString('base64')}`;
      // The 4 bits past the 64th byte, which Buffer's decoder drops: any base64 character in their place.
      if (rand(3) === 0)
        text = `${text.slice(0, 92)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[rand(64)]}==`;
      if (rand(2) === 0) {
        const at = rand(text.length);
        text = `${text.slice(0, at)}${ODD[rand(ODD.length)]}${text.slice(at + rand(2))}`;
      }
      if (rand(10) === 0) text = text.replace('sha512', ['SHA512', 'sha384', 'sha51'][rand(3)]!);
      expect(sriHashes(text), text).toEqual(reference(text));
    }
  });

  const benchLock = join(
    process.env.INERT_BENCH_DATA ?? fileURLToPath(new URL('../../../../shared/bench-data', import.meta.url)),
    'npm/huge/package-lock.json',
  );
  it.skipIf(!existsSync(benchLock))('gives the general path’s digest for every integrity of npm/huge', () => {
    const lock = benchLock;
    const integrities = Object.values(
      (JSON.parse(readFileSync(lock, 'utf8')) as { packages: Record<string, { integrity?: string }> }).packages,
    ).flatMap((p) => (p.integrity ? [p.integrity] : []));
    expect(integrities.length).toBeGreaterThan(20_000);
    for (const integrity of integrities) expect(sriHashes(integrity)).toEqual(reference(integrity));
  });
});
