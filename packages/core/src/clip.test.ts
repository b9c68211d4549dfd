import { describe, expect, it } from 'vitest';
import { shorten } from './clip.js';

describe('shorten (what a message quotes of a command)', () => {
  it('keeps text up to max, cuts longer text with an ellipsis', () => {
    expect(shorten('', 3)).toBe('');
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcd', 3)).toBe('abc…');
    expect(shorten('x'.repeat(500), 120)).toBe(`${'x'.repeat(120)}…`);
  });

  it('never cuts a surrogate pair in two', () => {
    expect(shorten('ab😀c', 3)).toBe('ab…');
    expect(shorten('a😀c', 3)).toBe('a😀…');
  });
});
