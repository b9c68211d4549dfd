/**
 * The fast-check arbitraries of the property tests (#11): hostile text, nested brackets, edits of
 * seed files and JSON-like values with prototype keys. Re-exported by harness.ts; split from it by
 * role (the harness runs and checks, this file generates).
 */
import fc from 'fast-check';

/** Characters and tokens that break parsers: NUL, lone surrogates, every line ending, BOMs, quotes, brackets, YAML/shell syntax, prototype keys. */
export const NASTY = [
  '\0',
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u0085',
  '\t',
  '\v',
  '\f',
  ' ',
  '  ',
  '"',
  "'",
  '`',
  '\\',
  '\\u0000',
  '\\uD800',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ':',
  '=',
  ',',
  ';',
  '#',
  '-',
  '- ',
  '? ',
  '|',
  '>',
  '&',
  '*',
  '!',
  '%',
  '@',
  '~',
  '<<',
  '&a ',
  '*a',
  '<<: *a',
  '---',
  '...',
  '${',
  '${{',
  '$(',
  '"""',
  "'''",
  '[[',
  ']]',
  '=>',
  '::',
  '//',
  '/*',
  '*/',
  '<!--',
  ']]>',
  '&#0;',
  '__proto__',
  'constructor',
  'prototype',
  '"__proto__"',
  '{"__proto__":{"polluted":1}}',
  'true',
  'null',
  '-0',
  '1e999',
  '0x',
  '9'.repeat(40),
  'é',
  '𝟘',
  '\u0301',
];

/** One hostile piece: a nasty token, any code point, or a short ASCII run. */
export const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);

/** Random text built from hostile pieces (modest size). */
export const hostileText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

/** Any text: hostile pieces, plain random strings, or random full-unicode strings. */
export const anyText = fc.oneof(
  hostileText,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

/** Deeply nested brackets (balanced or not), for recursion limits. */
export const deepNesting = fc
  .record({
    open: fc.constantFrom('[', '{"a":', '{', '[{"a":', '{a: ', '- ', 'a = [', 'x = {y = '),
    depth: fc.integer({ min: 100, max: 5000 }),
    close: fc.boolean(),
  })
  .map(({ open, depth, close }) => open.repeat(depth) + (close ? (open.includes('{') ? '}' : ']').repeat(depth) : ''));

/** One edit of a text; positions are fractions so they fit any length and shrink towards the start. */
export interface Edit {
  op: 'insert' | 'delete' | 'truncate' | 'repeat' | 'replace' | 'swap-ending';
  at: number;
  length: number;
  text: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('insert', 'delete', 'truncate', 'repeat', 'replace', 'swap-ending'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(120),
  text: piece,
});

/** Edits to apply to a seed text; few, so the result stays almost valid. */
export const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

/** Applies edits to a text. */
export function mutate(text: string, list: readonly Edit[]): string {
  let s = text;
  for (const e of list) {
    const at = Math.min(s.length, Math.floor(e.at * (s.length + 1)));
    switch (e.op) {
      case 'insert':
        s = s.slice(0, at) + e.text + s.slice(at);
        break;
      case 'delete':
        s = s.slice(0, at) + s.slice(at + 1 + e.length);
        break;
      case 'truncate':
        s = s.slice(0, at);
        break;
      case 'repeat':
        s = s.slice(0, at) + s.slice(at, at + e.length).repeat(2 + (e.length % 3)) + s.slice(at + e.length);
        break;
      case 'replace':
        s = s.slice(0, at) + e.text + s.slice(at + e.text.length);
        break;
      case 'swap-ending':
        s = s.replace(/\r?\n/g, e.length % 2 === 0 ? '\r\n' : '\r');
        break;
    }
  }
  return s;
}

/** Builds a JSON-like object with prototype-key names sprinkled in, serialised (then possibly mutated). */
export const jsonKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'name',
    'version',
    'dependencies',
    'scripts',
    '',
  ),
  fc.string({ maxLength: 8 }),
);
export const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.array(fc.tuple(jsonKey, tie('v')), { maxLength: 5 }).map((pairs) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs)
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
})).v;
