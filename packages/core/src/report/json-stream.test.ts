import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, visibleEscape } from './escape.js';
import { jsonChunks } from './json-stream.js';

/**
 * The JSON report's serializer before streaming (safeJson as of decision 0011, copied so that a change
 * to escape.ts cannot move both sides): one JSON.stringify of the whole value, then one escaping pass.
 */
function referenceSafeJson(value: unknown, indent?: number): string {
  let text = JSON.stringify(value, undefined, indent);
  if (text.includes('\\ud'))
    text = JSON.stringify(
      value,
      (_key, v: unknown) => (typeof v === 'string' && /\p{Cs}/u.test(v) ? v.replace(/\p{Cs}/gu, visibleEscape) : v),
      indent,
    );
  // eslint-disable-next-line regexp/no-dupe-characters-character-class -- the class as escape.ts has it
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u{e0000}-\u{e007f}]/gu, (c) => {
    if (c === '\n' || c === '\r' || c === '\t') return c;
    const code = c.codePointAt(0)!;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    const hi = Math.floor((code - 0x10000) / 0x400) + 0xd800;
    const lo = ((code - 0x10000) % 0x400) + 0xdc00;
    return `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
  });
}

/** What the JSON report was before streaming: one safeJson of the whole value. */
const whole = (value: unknown) => `${referenceSafeJson(value, 2)}\n`;
const streamed = (value: unknown) => [...jsonChunks(value)].join('');

// Characters the escaping must handle: quotes, backslashes, `\ud` text, C0/C1 controls, bidi and other
// format characters, separators, a Tags-block character, a valid pair and both lone halves.
const TRICKY = [
  'a',
  '"',
  '\\',
  '\\ud',
  '\n',
  '\t',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u00ad',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u{e0001}',
  '\u{1f600}',
  '\ud800',
  '\udc80',
  'é',
];

describe('jsonChunks', () => {
  it('writes the same text as one safeJson of the whole value, at every depth and for every tricky character', () => {
    for (const c of TRICKY) {
      const value = {
        [`k${c}`]: c,
        deep: { a: { b: { c: { d: [c, { e: c }] } } } },
        list: [c, [c, [c, [c]]], {}, [], null, 1.5, true],
        gaps: { undefinedMember: undefined, fn: () => 1, kept: 0 },
        arrayGaps: [undefined, () => 1, Symbol('s')],
        empty: {},
        emptyArray: [],
        allOmitted: { x: undefined },
        dated: new Date(0),
        withToJson: { toJSON: (key: string) => ({ key, c }) },
      };
      expect(streamed(value)).toBe(whole(value));
    }
  });

  it('writes the lists it stringifies in runs (inventory lists) as JSON.stringify does, mixed members included', () => {
    for (const c of TRICKY) {
      const mixed = [
        c,
        undefined,
        () => 1,
        Symbol('s'),
        { toJSON: (key: string) => ({ key, c }) },
        { toJSON: () => undefined },
        new Date(0),
        null,
        1.5,
        [c, { e: c }],
        {},
        [],
        { name: c, nested: { deep: [c] } },
      ];
      // Longer than one run, with members that end a run at every position.
      const packages = Array.from({ length: 150 }, (_, i) =>
        i % 17 === 3 ? mixed[i % mixed.length] : { name: `p${i}${c}`, hashes: [{ hex: c }] },
      );
      const value = { inventory: { packages, mixed, one: [{ a: c }] }, list: [mixed] };
      expect(streamed(value)).toBe(whole(value));
    }
  });

  it('writes primitives and empty containers at the top like JSON.stringify', () => {
    for (const value of [null, 0, 'x\u202e', [], {}, [[]], { a: {} }]) expect(streamed(value)).toBe(whole(value));
  });

  it('splits a large report into chunks that are each well-formed, and joins them to the same text', () => {
    const packages = Array.from({ length: 5000 }, (_, i) => ({
      name: `p${i}`,
      version: `1.0.${i}`,
      note: i % 997 === 0 ? 'bidi \u202e and a lone \ud800 half' : 'plain',
    }));
    const value = { schemaVersion: 1, inventory: { packages }, findings: [] };
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(Buffer.from(chunk, 'utf8').toString('utf8')).toBe(chunk);
    expect(chunks.join('')).toBe(whole(value));
    expect(chunks.join('')).not.toMatch(/[\u202e\ud800-\udfff]/);
  });

  it('leaves safeJson as it was (its ASCII fast path changes nothing)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: fc.constantFrom(...TRICKY, 'b'), maxDepth: 4 }), (value) => {
        expect(safeJson(value, 2)).toBe(referenceSafeJson(value, 2));
        expect(safeJson(value)).toBe(referenceSafeJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the members named whole in one piece, with the same text (docs/decisions/0033)', () => {
    const unit = fc.constantFrom(...TRICKY, 'b', ' ', 'z');
    const names = new Set(['rules', 'ecosystems', 'missing']);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('rules', 'ecosystems', 'findings', 'x'),
          fc.jsonValue({ stringUnit: unit, maxDepth: 5 }),
        ),
        (value) => {
          expect([...jsonChunks(value, names)].join('')).toBe(whole(value));
        },
      ),
      { numRuns: 500 },
    );
    // A member written whole is one piece: it is not cut into chunks like a streamed one.
    const rules = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, description: 'curly ’ and bidi \u202e' }));
    const value = { findings: rules, rules };
    const chunks = [...jsonChunks(value, new Set(['rules']))];
    expect(chunks.join('')).toBe(whole(value));
    const longest = (cs: string[]) => Math.max(...cs.map((c) => c.length));
    expect(longest(chunks)).toBeGreaterThan(200_000);
    expect(longest([...jsonChunks(value)])).toBeLessThan(70_000);
  });

  it('matches safeJson on generated JSON values with tricky strings', () => {
    const unit = fc.constantFrom(...TRICKY, 'b', ' ', 'z');
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit, maxDepth: 6 }), (value) => {
        expect(streamed(value)).toBe(whole(value));
      }),
      { numRuns: 500 },
    );
  });
});
