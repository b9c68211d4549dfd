/**
 * The one escaping function every reporter uses for untrusted text: control characters, ANSI
 * escapes, bidi and other invisible format characters, line/paragraph separators and lone
 * surrogates become visible escapes. Defined by Unicode general category, not by a list, so no
 * code point of a dangerous class is missed (U+061C ARABIC LETTER MARK was, in a list).
 */
import { lazyRegExp } from '../lazy-regexp.js';

// Cc: C0/C1 controls and DEL (ESC starts ANSI sequences). Cf: format characters — every bidi
// control (U+061C, U+200E/F, U+202A–E, U+2066–9), zero-width characters, U+FEFF, tag characters
// (Trojan Source, CVE-2021-42574). Zl/Zp: U+2028/U+2029, line breaks to some terminals and
// editors. Cs: a lone surrogate, which no UTF-8 output can carry.
// The whole Tags block (U+E0000–E007F), unassigned code points included, is invisible text.
// The Unicode-property regexes of this module are built on first use, not written as literals: V8
// checks a regex literal's syntax when it compiles the module, and for a `\p{…}` class that means
// building the class from ICU's tables, about 12 million instructions for these five at every start
// of the bin, whether or not a report ever escapes anything (docs/decisions/0038).
// eslint-disable-next-line regexp/no-dupe-characters-character-class, prefer-regex-literals -- dupe: existing code flagged when lint was introduced, listed for review in docs/roadmap.md; constructor: built on first use (above)
const UNSAFE = lazyRegExp(() => new RegExp('[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u{e0000}-\\u{e007f}]', 'gu'));

/** True when a code point belongs to a class `escapeText` escapes (tab and newline included). */
export function isUnsafeCodePoint(codePoint: number): boolean {
  const unsafe = UNSAFE();
  unsafe.lastIndex = 0;
  return unsafe.test(String.fromCodePoint(codePoint));
}

/** The visible escape of one unsafe character: `\x1b`, `\u202e`, `\u{e0001}`. */
export function visibleEscape(c: string): string {
  const code = c.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** Replaces unsafe characters by visible escapes; keeps tabs and newlines only when asked. */
export function escapeText(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(UNSAFE(), (c) => {
    if (options.keepNewlines && (c === '\n' || c === '\t')) return c === '\t' ? '\\t' : c;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return visibleEscape(c);
  });
}

/**
 * Escapes Markdown-active characters in untrusted inline text, after control-character escaping, and
 * leaves no GitHub mention in it (noMentions): every Markdown report (the checkout's threat model, the
 * `inert diff` PR comment) goes through here.
 */
export function escapeMarkdown(text: string): string {
  // Only what changes inline Markdown: emphasis, code, links, HTML, table cells, strikethrough.
  return noMentions(escapeText(text).replace(/([\\`*_[\]<>|~])/g, '\\$1'));
}

// GitHub turns `@name` and `@org/team` (and the fullwidth `＠name`) after a non-word character into
// mentions that notify people, and a scoped package name (`@acme/security-team`) is exactly that
// shape. A `@` after a letter, digit or `_` (`sharp@0.33.5`) starts none.
// eslint-disable-next-line prefer-regex-literals -- built on first use (see UNSAFE)
const MENTION = lazyRegExp(() => new RegExp('(^|[^\\p{L}\\p{N}_])([@\\uFF20])(?=[\\p{L}\\p{N}])', 'gu'));

/**
 * Markdown in which scanned text makes no GitHub mention: each `@` that could start one is put in a
 * code span (`` `@`acme ``), where GitHub makes none. Input is already-escaped Markdown text.
 */
export function noMentions(markdown: string): string {
  return markdown.replace(MENTION(), '$1`$2`');
}

// eslint-disable-next-line regexp/no-dupe-characters-character-class, prefer-regex-literals -- dupe: existing code flagged when lint was introduced, listed for review in docs/roadmap.md; constructor: built on first use (see UNSAFE)
const JSON_UNSAFE = lazyRegExp(() => new RegExp('[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\u{e0000}-\\u{e007f}]', 'gu'));
// eslint-disable-next-line prefer-regex-literals -- built on first use (see UNSAFE)
const LONE_SURROGATE = lazyRegExp(() => new RegExp('\\p{Cs}', 'gu'));
// eslint-disable-next-line prefer-regex-literals -- built on first use (see UNSAFE)
const HAS_LONE_SURROGATE = lazyRegExp(() => new RegExp('\\p{Cs}', 'u'));

/**
 * JSON.stringify for reports (JSON, SARIF): always well-formed UTF-8 and safe to print. A lone
 * surrogate in a string becomes the visible text `\udc80` (a parser would hand it back as a lone
 * surrogate otherwise); every other unsafe character is written as a JSON `\uXXXX` escape, so the
 * data is unchanged for a JSON reader and nothing raw reaches a terminal.
 */
export function safeJson(value: unknown, indent?: number): string {
  return escapeJsonText(safeJsonPiece(value, indent));
}

/**
 * JSON.stringify with lone surrogates made visible, before `escapeJsonText`: safeJson is the two
 * together; the streamed JSON report (json-stream.ts) calls this per value and escapes per chunk.
 */
export function safeJsonPiece(value: unknown, indent?: number): string {
  // Fast path (issue #25, docs/decisions/0011): a replacer function takes V8's JSON.stringify off its
  // fast path, and a lone surrogate is rare. Well-formed JSON.stringify writes one as the escape \udXXX,
  // so its absence from the plain output proves no string has one; when `\ud` appears at all (a real
  // escape, or harmless text), the replacer pass runs as before.
  const text = JSON.stringify(value, undefined, indent);
  if (!text.includes('\\ud')) return text;
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      typeof v === 'string' && HAS_LONE_SURROGATE().test(v) ? v.replace(LONE_SURROGATE(), visibleEscape) : v,
    indent,
  );
}

// Every character JSON_UNSAFE matches is a C0 control, DEL or beyond; JSON.stringify escapes every C0
// control inside strings, so a raw newline in its output is indentation and kept. Text of only
// newlines and printable ASCII therefore has nothing to escape (docs/decisions/0015), and only the
// runs of other code units are read: a run never starts or ends inside a surrogate pair (both halves
// are in it), so escaping each run alone gives the same text as escaping the whole, and text without
// a run comes back as it is. The Unicode-property regex then reads a few hundred characters (the
// curly quotes of the rules' text) instead of the whole report, which cost 10–15 ms on the one-file
// checkout's 170 KB (issue #25, docs/decisions/0029).
const NOT_PRINTABLE_ASCII_RUNS = /[^\n\x20-\x7e]+/g;

/**
 * Escapes, as JSON `\uXXXX`, the control, format and separator characters JSON.stringify leaves raw;
 * `text` is JSON.stringify output (or whole pieces of it: a chunk must not split a string).
 */
export function escapeJsonText(text: string): string {
  return text.replace(NOT_PRINTABLE_ASCII_RUNS, escapeJsonRun);
}

// Runs of only these code points are returned as they are, without the Unicode-property regex (and
// without building it): Latin-1 and the Latin, IPA and modifier letters up to U+02FF but the soft
// hyphen (U+00AD, Cf), General Punctuation's dashes, quotes, bullets and ellipsis (U+2010–2027) and
// the rest of its printable part (U+2030–205E), the arrows and the mathematical operators
// (U+2190–22FF): the rules' and profiles' typography, which every JSON report carries. Every one is
// assigned and outside Cc, Cf, Zl, Zp and Cs (escape-json-runs.test.ts checks each against the
// regex), so no character a future Unicode assigns can fall in them (docs/decisions/0038).
export const SAFE_JSON_RUN = /^[\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff]+$/;

function escapeJsonRun(run: string): string {
  if (SAFE_JSON_RUN.test(run)) return run;
  return run.replace(JSON_UNSAFE(), (c) => {
    // JSON.stringify escapes every C0 control inside strings: a raw one is the indentation's newline.
    if (c === '\n' || c === '\r' || c === '\t') return c;
    const code = c.codePointAt(0)!;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    const hi = Math.floor((code - 0x10000) / 0x400) + 0xd800;
    const lo = ((code - 0x10000) % 0x400) + 0xdc00;
    return `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
  });
}
