/**
 * The value of a string literal per grammar, or undefined when the string is computed (interpolation,
 * f-strings, GStrings, templates), broken, or uses an escape inert does not decode: callers then say
 * "could not determine" instead of guessing.
 */
import { lazyRegExp } from '@inert/core';
import type { Language } from './parse.js';
import type { SyntaxNode } from './tree.js';

/** The value of a plain string literal (or symbol, in Ruby), else undefined. */
export function stringValue(node: SyntaxNode, language: Language): string | undefined {
  if (node.hasError) return undefined;
  switch (language) {
    case 'python':
      return python(node);
    case 'ruby':
      return ruby(node);
    case 'groovy':
      return groovy(node);
    case 'kotlin':
      return kotlin(node);
  }
}

/** `"a"`, `'a'`, `r"\d"`, `b"x"`, `"""doc"""`, `"a" "b"`; not `f"{x}"` or `t"{x}"`. https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals */
function python(node: SyntaxNode): string | undefined {
  if (node.type === 'concatenated_string')
    return join(node.namedChildren.filter((c) => c.type !== 'comment').map(python));
  if (node.type !== 'string' || node.children.some((c) => c.type === 'interpolation')) return undefined;
  const open = node.children[0];
  const close = node.children[node.children.length - 1];
  if (open?.type !== 'string_start' || close?.type !== 'string_end') return undefined;
  const prefix = /^[A-Z]*/i.exec(open.text)![0].toLowerCase();
  if (/[ft]/.test(prefix)) return undefined;
  const raw = inner(node, open, close);
  return prefix.includes('r') ? raw : decode(raw, (s, i) => pythonEscape(s, i, prefix.includes('b')));
}

/** `"a"`, `'a'`, `%q(a)`, `%Q(a)`, `"a" "b"`, `:sym`, `:"sym"`, `key:` and `%w[a b]` items; not `"#{x}"` or `"#@x"`. https://docs.ruby-lang.org/en/master/syntax/literals_rdoc.html#label-String+Literals */
function ruby(node: SyntaxNode): string | undefined {
  switch (node.type) {
    case 'chained_string':
      return join(node.namedChildren.map(ruby));
    case 'simple_symbol':
      return /^:[^"']/.test(node.text) ? node.text.slice(1) : undefined;
    case 'hash_key_symbol':
      return node.text;
    case 'bare_string':
    case 'bare_symbol':
      return node.children.every((c) => c.type === 'string_content') ? node.text : undefined;
    case 'string':
    case 'delimited_symbol': {
      if (node.children.some((c) => c.type === 'interpolation')) return undefined;
      const open = node.children[0];
      const close = node.children[node.children.length - 1];
      if (!open || !close || open.isNamed || close.isNamed || open === close) return undefined;
      const raw = inner(node, open, close);
      if (/^(?::?'|%[qs])/.test(open.text)) {
        // Single-quoted: only `\\` and an escaped delimiter are escapes, anything else is two characters.
        const delimiters = `\\'${open.text.slice(-1)}${close.text}`;
        return raw.replace(/\\([\s\S])/g, (whole, c: string) => (delimiters.includes(c) ? c : whole));
      }
      return decode(raw, rubyEscape);
    }
    default:
      return undefined;
  }
}

/** `'a'` (a `character_literal` in this Java-derived grammar), `'''a'''`, `"a"`, `"""a"""`; not `"$x"` or `"${x}"`. https://groovy-lang.org/syntax.html#all-strings */
function groovy(node: SyntaxNode): string | undefined {
  if (node.type === 'character_literal') return decode(node.text.slice(1, -1), javaEscape);
  if (node.type !== 'string_literal') return undefined;
  const open = node.children[0];
  const close = node.children[node.children.length - 1];
  if (!open || !close || open.isNamed || close.isNamed || open === close) return undefined;
  const gstring = open.text.startsWith('"');
  if (
    node.namedChildren.some(
      (c) => c.type !== 'escape_sequence' && c.type !== 'string_fragment' && c.type !== 'multiline_string_fragment',
    )
  )
    return undefined;
  // The grammar has no interpolation node: an unescaped `$` in a double-quoted fragment makes a GString.
  if (gstring && node.namedChildren.some((c) => c.type !== 'escape_sequence' && c.text.includes('$'))) return undefined;
  return decode(inner(node, open, close), javaEscape);
}

// Built at first use: V8 checks a regex literal's syntax when it compiles the module, which for a
// `\p{L}` class means building it from ICU's tables at every start of the bin (docs/decisions/0038).
// eslint-disable-next-line prefer-regex-literals -- built on first use (above)
const kotlinTemplate = lazyRegExp(() => new RegExp('\\$[\\p{L}_{`]', 'u'));

/** `"a"` and `"""a"""`; not `"$x"` or `"${x}"` (this grammar sometimes leaves `$x` as plain content). https://kotlinlang.org/docs/strings.html */
function kotlin(node: SyntaxNode): string | undefined {
  if (node.type !== 'string_literal' && node.type !== 'multiline_string_literal') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const open = node.children[0];
  const close = node.children[node.children.length - 1];
  if (!open || !close || open.isNamed || close.isNamed || open === close) return undefined;
  const raw = inner(node, open, close);
  const template = kotlinTemplate();
  if (node.type === 'multiline_string_literal') return template.test(raw) ? undefined : raw;
  // Scan rather than test the whole string: in `"\\$x"` the `$` starts a template, in `"\$x"` it does not.
  return decode(
    raw,
    (s, i) => (s[i] === '$' ? (template.test(s.slice(i, i + 2)) ? undefined : ['$', 1]) : kotlinEscape(s, i)),
    '\\$',
  );
}

/** Decodes one escape at `s[i]` (a backslash): the text it stands for and the length it used, or undefined to give up. */
type Escape = (s: string, i: number) => [string, number] | undefined;

/** Copies `raw`, handing each character in `special` (a backslash by default) to `escape`. */
function decode(raw: string, escape: Escape, special = '\\'): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!special.includes(raw[i]!)) continue;
    const decoded = escape(raw, i);
    if (!decoded) return undefined;
    out += raw.slice(from, i) + decoded[0];
    i += decoded[1] - 1;
    from = i + 1;
  }
  return out + raw.slice(from);
}

const SIMPLE: Record<Language, Readonly<Record<string, string>>> = {
  python: { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' },
  ruby: { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', v: '\v', '\n': '' },
  groovy: { '\\': '\\', "'": "'", '"': '"', $: '$', b: '\b', f: '\f', n: '\n', r: '\r', s: ' ', t: '\t', '\n': '' },
  kotlin: { '\\': '\\', "'": "'", '"': '"', $: '$', b: '\b', n: '\n', r: '\r', t: '\t' },
};

/** `\n`, `\101`, `\x41`, `\u00e9`, `\U0001F600`; unknown escapes stay as written; `\N{…}` gives up. */
function pythonEscape(s: string, i: number, bytes: boolean): [string, number] | undefined {
  const c = s[i + 1] ?? '';
  if (c === '\r') return ['', s[i + 2] === '\n' ? 3 : 2];
  if (SIMPLE.python[c] !== undefined) return [SIMPLE.python[c], 2];
  const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
  if (octal) return [String.fromCharCode(parseInt(octal[0], 8)), 1 + octal[0].length];
  if (c === 'x') return hex(s, i + 2, 2, 2);
  if (c === 'N') return bytes ? ['\\N', 2] : undefined;
  if ((c === 'u' || c === 'U') && !bytes) return hex(s, i + 2, c === 'u' ? 4 : 8, 2);
  return [`\\${c}`, 2];
}

/** `\n`, `\s`, `\e`, `\101`, `\x41`, `\u00e9`, `\u{1F600 41}`, `\"` → `"`; control and meta escapes (`\C-x`, `\M-x`, `\cx`) give up. */
function rubyEscape(s: string, i: number): [string, number] | undefined {
  const c = s[i + 1] ?? '';
  if (c === '\r' && s[i + 2] === '\n') return ['', 3];
  if (SIMPLE.ruby[c] !== undefined) return [SIMPLE.ruby[c], 2];
  const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
  if (octal) return [String.fromCharCode(parseInt(octal[0], 8)), 1 + octal[0].length];
  if (c === 'x') {
    const m = /^[0-9a-f]{1,2}/i.exec(s.slice(i + 2, i + 4));
    return m ? [String.fromCharCode(parseInt(m[0], 16)), 2 + m[0].length] : undefined;
  }
  if (c === 'u' && s[i + 2] === '{') {
    const m = /^\{[ \t]*([0-9a-f]{1,6}(?:[ \t]+[0-9a-f]{1,6})*)[ \t]*\}/i.exec(s.slice(i + 2));
    const points = m?.[1]!.split(/[ \t]+/).map((h) => parseInt(h, 16));
    return points && points.every((p) => p <= 0x10ffff)
      ? [String.fromCodePoint(...points), 2 + m![0].length]
      : undefined;
  }
  if (c === 'u') return hex(s, i + 2, 4, 2);
  if (c === 'c' || c === 'C' || c === 'M' || c === '') return undefined;
  // Any other escaped character stands for itself: `\"`, `\#`, `\\`, and `\d` is "d".
  const point = s.codePointAt(i + 1)!;
  return [String.fromCodePoint(point), point > 0xffff ? 3 : 2];
}

/** Groovy's Java-style escapes: `\n`, `\s`, `\$`, `\101`, `\u00e9` (`\uuu00e9` too); anything else gives up. */
function javaEscape(s: string, i: number): [string, number] | undefined {
  const c = s[i + 1] ?? '';
  if (c === '\r' && s[i + 2] === '\n') return ['', 3];
  if (SIMPLE.groovy[c] !== undefined) return [SIMPLE.groovy[c], 2];
  const octal = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(s.slice(i + 1, i + 4));
  if (octal) return [String.fromCharCode(parseInt(octal[0], 8)), 1 + octal[0].length];
  const u = /^u+/.exec(s.slice(i + 1));
  return u ? hex(s, i + 1 + u[0].length, 4, 1 + u[0].length) : undefined;
}

/** Kotlin's escapes: `\t \b \n \r \' \" \\ \$` and `\uXXXX`; anything else is a compile error, so give up. */
function kotlinEscape(s: string, i: number): [string, number] | undefined {
  const c = s[i + 1] ?? '';
  if (SIMPLE.kotlin[c] !== undefined) return [SIMPLE.kotlin[c], 2];
  return c === 'u' ? hex(s, i + 2, 4, 2) : undefined;
}

/** Exactly `digits` hex digits at `s[at]` as one code point; `used` counts the characters before them. */
function hex(s: string, at: number, digits: number, used: number): [string, number] | undefined {
  const h = s.slice(at, at + digits);
  if (h.length !== digits || !/^[0-9a-f]+$/i.test(h)) return undefined;
  const point = parseInt(h, 16);
  return point <= 0x10ffff ? [String.fromCodePoint(point), used + digits] : undefined;
}

/** The source between a literal's opening and closing delimiters. */
function inner(node: SyntaxNode, open: SyntaxNode, close: SyntaxNode): string {
  return node.text.slice(open.endIndex - node.startIndex, close.startIndex - node.startIndex);
}

function join(parts: (string | undefined)[]): string | undefined {
  return parts.length > 0 && parts.every((p) => p !== undefined) ? parts.join('') : undefined;
}
