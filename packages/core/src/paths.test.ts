import { describe, expect, it } from 'vitest';
import { cutAt, joinInside, trimTrailing } from './paths.js';

describe('trimTrailing and cutAt (linear replacements for /x+$/ and /[x].*$/)', () => {
  it('behave like the regexes they replace', () => {
    for (const s of ['', '/', 'a/b/', 'a/b///', '////', 'a//b', '/a'])
      expect(trimTrailing(s, '/'), s).toBe(s.replace(/\/+$/, ''));
    for (const s of ['', 'a(b)', 'a_b(c', 'a(b_c', 'abc', '(', '_x'])
      expect(cutAt(s, '(_'), s).toBe(s.replace(/\(.*$/, '').replace(/_.*$/, ''));
    for (const s of ['/p?x#y', '/p#y?x', '/p']) expect(cutAt(s, '#?'), s).toBe(s.replace(/[#?].*$/, ''));
  });

  it('stay linear on long runs', () => {
    const slashes = '/'.repeat(2_000_000);
    expect(trimTrailing(`${slashes}x`, '/')).toHaveLength(2_000_001);
    expect(cutAt('('.repeat(2_000_000), '(')).toBe('');
  });
});

describe('joinInside', () => {
  it('joins and resolves . and .. lexically', () => {
    expect(joinInside('', 'a/b')).toBe('a/b');
    expect(joinInside('a', './b/../c')).toBe('a/c');
    expect(joinInside('a/b', '../../c')).toBe('c');
    expect(joinInside('a', '..')).toBe('');
    expect(joinInside('a', 'b//c/')).toBe('a/b/c');
    expect(joinInside('', '')).toBe('');
  });

  it('is undefined above the root', () => {
    expect(joinInside('', '..')).toBeUndefined();
    expect(joinInside('a', '../../b')).toBeUndefined();
    expect(joinInside('a', 'b/../../../c')).toBeUndefined();
  });
});
