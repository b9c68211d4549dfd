import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeText } from './escape.js';

describe('escapeText', () => {
  it('neutralises ANSI escapes, control characters and bidi overrides', () => {
    const hostile = 'evil\u001b[2J\u001b]0;title\u0007name\r\u202egnp.exe\u0000';
    const out = escapeText(hostile);
    expect(out).toBe('evil\\x1b[2J\\x1b]0;title\\x07name\\x0d\\u202egnp.exe\\x00');
    expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(out)).toBe(false);
  });

  it('escapes newlines unless asked to keep them', () => {
    expect(escapeText('a\nb')).toBe('a\\nb');
    expect(escapeText('a\nb', { keepNewlines: true })).toBe('a\nb');
  });

  it('leaves ordinary Unicode alone', () => {
    expect(escapeText('café — 日本')).toBe('café — 日本');
  });
});

describe('escapeMarkdown', () => {
  it('escapes Markdown syntax in untrusted names', () => {
    expect(escapeMarkdown('[x](http://evil) <img> *a* `b`')).toBe('\\[x\\](http://evil) \\<img\\> \\*a\\* \\`b\\`');
  });
});
