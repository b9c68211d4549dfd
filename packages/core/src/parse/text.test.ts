import { describe, expect, it } from 'vitest';
import { decodeText } from './text.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(bytes('{"a": "é"}'), 'f')).toEqual({ ok: true, value: '{"a": "é"}' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'name = 1'), 'f')).toEqual({ ok: true, value: 'name = 1' });
    // Only the first BOM is the encoding's: a second one is text.
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'), 'f')).toEqual({ ok: true, value: '\uFEFFx' });
  });

  it('keeps a real U+FFFD in valid UTF-8 (the check after the decode validates it)', () => {
    expect(decodeText(bytes('a\uFFFDb'), 'f')).toEqual({ ok: true, value: 'a\uFFFDb' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '\uFFFD'), 'f')).toEqual({ ok: true, value: '\uFFFD' });
  });

  it('refuses invalid UTF-8 with the first invalid offset, also next to a real U+FFFD', () => {
    for (const [input, offset] of [
      [bytes('ab', [0xff], 'c'), 2],
      [bytes('\uFFFD', [0xc0, 0x80]), 3],
      [bytes('xyz', [0xe2, 0x82]), 3], // truncated at the end
      [bytes([0xef, 0xbb, 0xbf, 0xf8]), 3],
    ] as const) {
      const out = decodeText(input, 'lock');
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.problem.reason).toContain(`first invalid byte at offset ${offset}`);
    }
  });

  it('refuses an encoded surrogate', () => {
    expect(decodeText(bytes('x', [0xed, 0xa0, 0x80]), 'f').ok).toBe(false);
  });

  it('decodes UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'f')).toEqual({ ok: true, value: 'a' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'f')).toEqual({ ok: true, value: 'a' });
  });
});
