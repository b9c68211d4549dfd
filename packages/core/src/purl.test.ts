import { describe, expect, it } from 'vitest';
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
