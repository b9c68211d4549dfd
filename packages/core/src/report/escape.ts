/** Makes untrusted text safe to print on a terminal: control characters, ANSI escapes, bidi overrides. */

// C0 and C1 controls (ESC starts ANSI sequences), DEL, and the Unicode bidi/zero-width format
// characters that can reorder or hide text (Trojan Source, CVE-2021-42574).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Replaces unsafe characters by visible escapes (`\x1b`, `\u202e`); keeps tabs and newlines only when asked. */
export function escapeText(text: string, options: { keepNewlines?: boolean } = {}): string {
  const escaped = text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return options.keepNewlines ? escaped.replace(/\t/g, '\\t') : escaped.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** Escapes Markdown-active characters in untrusted inline text, after control-character escaping. */
export function escapeMarkdown(text: string): string {
  // Only what changes inline Markdown: emphasis, code, links, HTML, table cells, strikethrough.
  return escapeText(text).replace(/([\\`*_[\]<>|~])/g, '\\$1');
}
