import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeText, isUnsafeCodePoint, safeJson } from './escape.js';
import { html } from './doc.js';

/** Every code point that could reorder, hide or inject text, by class, written out (not by regex). */
function dangerous(cp: number): boolean {
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return true; // C0, DEL, C1
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // surrogates (lone when alone)
  const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
  const invisible = [
    0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x2028, 0x2029,
  ];
  return (
    bidi.includes(cp) ||
    invisible.includes(cp) ||
    (cp >= 0x206a && cp <= 0x206f) ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

const RAW_DANGER =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]/;

describe('escapeText, exhaustively over code points', () => {
  it('escapes every dangerous code point (controls, bidi, zero-width, separators, tags, surrogates) and nothing printable', () => {
    const missed: string[] = [];
    const overEscaped: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const unsafe = isUnsafeCodePoint(cp);
      if (dangerous(cp) && !unsafe) missed.push(cp.toString(16));
      const c = String.fromCodePoint(cp);
      // Printable letters, digits, punctuation and symbols are never touched.
      if (unsafe && /[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u.test(c)) overEscaped.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    expect(overEscaped).toEqual([]);
  });

  it('leaves no dangerous character in the output of any format helper', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (!dangerous(cp)) continue;
      const hostile = `a${String.fromCodePoint(cp)}b`;
      for (const out of [
        escapeText(hostile),
        escapeText(hostile, { keepNewlines: true }).replace(/\n/g, ''),
        escapeMarkdown(hostile),
        html(hostile),
      ]) {
        if (RAW_DANGER.test(out) || /[\u{e0000}-\u{e007f}]/u.test(out))
          throw new Error(`U+${cp.toString(16)} survives: ${JSON.stringify(out)}`);
      }
    }
  });

  it('neutralises ANSI escapes, control characters and bidi overrides with visible escapes', () => {
    const hostile = 'evil\u001b[2J\u001b]0;title\u0007name\r\u202egnp.exe\u0000\u061c\u2066x\u{e0041}';
    expect(escapeText(hostile)).toBe(
      'evil\\x1b[2J\\x1b]0;title\\x07name\\x0d\\u202egnp.exe\\x00\\u061c\\u2066x\\u{e0041}',
    );
  });

  it('escapes newlines unless asked to keep them', () => {
    expect(escapeText('a\nb')).toBe('a\\nb');
    expect(escapeText('a\nb', { keepNewlines: true })).toBe('a\nb');
  });

  it('leaves ordinary Unicode alone', () => {
    expect(escapeText('café — 日本 😀 עברית')).toBe('café — 日本 😀 עברית');
  });
});

describe('noMentions (#26)', () => {
  it.each([
    ['@octocat', '`@`octocat'],
    ['cc @acme/security-team.', 'cc `@`acme/security-team.'],
    ['(＠octocat)', '(`＠`octocat)'],
    ['sharp@0.33.5 and me_@x', 'sharp@0.33.5 and me_@x'],
    ['an @ alone, @@twice', 'an @ alone, @`@`twice'],
  ])('%s → %s', (text, out) => {
    expect(escapeMarkdown(text)).toBe(out.replace(/_/g, '\\_'));
  });

  it('guards a mention after an escaped backtick (escaped text is still text)', () => {
    expect(escapeMarkdown('`@octocat')).toBe('\\``@`octocat');
  });
});

describe('escapeMarkdown', () => {
  it('escapes Markdown syntax in untrusted names', () => {
    expect(escapeMarkdown('[x](http://evil) <img> *a* `b`')).toBe('\\[x\\](http://evil) \\<img\\> \\*a\\* \\`b\\`');
  });
});

describe('safeJson (JSON and SARIF output)', () => {
  it('is well-formed UTF-8 with no raw dangerous character, for every dangerous code point, and keeps the data', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (!dangerous(cp)) continue;
      const value = { s: `a${String.fromCodePoint(cp)}b`, k: [1] };
      const text = safeJson(value, 2);
      // Newlines outside strings are the indentation (JSON.stringify escapes every C0 control in strings).
      const body = text.replace(/\n/g, '');
      if (RAW_DANGER.test(body) || /[\u{e0000}-\u{e007f}]/u.test(body))
        throw new Error(`U+${cp.toString(16)} raw in JSON`);
      if (Buffer.from(text, 'utf8').toString('utf8') !== text) throw new Error(`U+${cp.toString(16)}: not well-formed`);
      const back = (JSON.parse(text) as { s: string }).s;
      // Surrogates come back as visible text; everything else exactly.
      if (cp >= 0xd800 && cp <= 0xdfff) {
        if (back !== `a\\u${cp.toString(16)}b`)
          throw new Error(`U+${cp.toString(16)} came back as ${JSON.stringify(back)}`);
      } else if (back !== value.s) throw new Error(`U+${cp.toString(16)} changed`);
    }
  });

  it('keeps indentation and valid pairs', () => {
    expect(safeJson({ a: '😀\u202e' }, 2)).toBe('{\n  "a": "😀\\u202e"\n}');
  });
});
