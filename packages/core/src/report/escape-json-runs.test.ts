/**
 * escapeJsonText escapes runs of non-printable-ASCII code units one by one (docs/decisions/0029): the
 * text must be what escaping the whole text at once gives, surrogate pairs and lone halves included.
 */
import { describe, expect, it } from 'vitest';
import { escapeJsonText, SAFE_JSON_RUN } from './escape.js';

// The whole-text escaping as it was before the runs (the reference).
// eslint-disable-next-line regexp/no-dupe-characters-character-class -- the same class as escape.ts
const JSON_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u{e0000}-\u{e007f}]/gu;
function wholeText(text: string): string {
  return text.replace(JSON_UNSAFE, (c) => {
    if (c === '\n' || c === '\r' || c === '\t') return c;
    const code = c.codePointAt(0)!;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    const hi = Math.floor((code - 0x10000) / 0x400) + 0xd800;
    const lo = ((code - 0x10000) % 0x400) + 0xdc00;
    return `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
  });
}

/** Code units that make the cases: ASCII, newline, controls, bidi, curly quotes, both surrogate halves, a tag pair. */
const UNITS = [
  'a',
  ' ',
  '\n',
  '\r',
  '\t',
  '\x1b',
  '\x7f',
  '\x85',
  '\u00e9',
  '\u2019',
  '\u2013',
  '\u2192',
  '\u00a0',
  '\u00ad',
  '\u2060',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ud83d',
  '\ude00',
  '\udb40',
  '\udc01',
  '"',
];

describe('escapeJsonText by runs', () => {
  it('gives the whole-text escaping on 20,000 random strings', () => {
    let seed = 25;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let n = Math.floor(next() * 24); n > 0; n--) s += UNITS[Math.floor(next() * UNITS.length)];
      expect(escapeJsonText(s), JSON.stringify(s)).toBe(wholeText(s));
    }
  });

  it('escapes a tag character and a bidi override between ASCII, keeps curly quotes and newlines', () => {
    expect(escapeJsonText('a\u{e0001}b\u202ec’d\n')).toBe('a\\udb40\\udc01b\\u202ec’d\n');
  });

  it('returns runs of the plain class as they are: each of its code points is assigned and none is one the regex escapes', () => {
    const wrong: string[] = [];
    let plain = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!SAFE_JSON_RUN.test(c)) continue;
      plain++;
      JSON_UNSAFE.lastIndex = 0;
      if (JSON_UNSAFE.test(c) || /\p{Cn}/u.test(c)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    // Latin-1 and Latin up to U+02FF but U+00AD, General Punctuation's printable ranges, arrows and operators.
    expect(plain).toBe(0x2ff - 0xa0 + 0x27 - 0x10 + 1 + 0x5e - 0x30 + 1 + 0x22ff - 0x2190 + 1);
  });

  it('gives the whole-text escaping for every code point, alone and between other characters', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      for (const s of [c, `\u2019${c}\u00e9`])
        if (escapeJsonText(s) !== wholeText(s)) expect(escapeJsonText(s)).toBe(wholeText(s));
    }
  });
});
