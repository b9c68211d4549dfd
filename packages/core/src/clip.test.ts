import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipStrings, clipValue, MAX_OUTPUT_STRING, shorten } from './clip.js';

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

/** clip.ts's walk before it first asked whether anything is long (decision 0032), copied as the reference. */
function referenceClip(value: unknown): unknown {
  if (typeof value === 'string') return clipValue(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = referenceClip(item);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const next = referenceClip(item);
    const name = clipValue(key);
    if (next === item && name === key) continue;
    out ??= { ...record };
    if (name !== key) delete out[key];
    out[name] = next;
  }
  return out ?? value;
}

// Strings at, just over and far over the limit, with surrogate pairs and lone halves at the cut.
const odd = fc.constantFrom('a', '😀', '\ud800', '\udc00', '"', '\u0000', 'é');
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc
    .tuple(
      fc.integer({ min: MAX_OUTPUT_STRING - 2, max: MAX_OUTPUT_STRING + 3 }),
      odd,
      fc.integer({ min: 0, max: 400 }),
    )
    .map(([n, c, at]) => `${'x'.repeat(at)}${c}`.padEnd(n, c)),
  fc.tuple(odd, fc.integer({ min: 1, max: 40_000 })).map(([c, n]) => c.repeat(n)),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constantFrom(null, true, undefined),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(text, tie('tree'), { maxKeys: 4 }),
  ),
}));

describe('clipStrings', () => {
  it('clips exactly what the full walk clipped, and returns an unchanged value itself', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const expected = referenceClip(value);
        const got = clipStrings(value);
        expect(got).toStrictEqual(expected);
        expect(got === value).toBe(expected === value);
      }),
      { numRuns: 3000 },
    );
  });

  it('clips an inventory package the way a report shows it', () => {
    const long = `@s/${'n'.repeat(MAX_OUTPUT_STRING)}`;
    const pkg = { ecosystem: 'npm', name: long, source: { kind: 'registry' }, dependsOn: ['pkg:npm/a@1', long] };
    const clipped = clipStrings(pkg);
    expect(clipped.name).toBe(`${long.slice(0, 200)}… (${long.length} characters)`);
    expect(clipped.dependsOn).toEqual(['pkg:npm/a@1', clipped.name]);
    expect(pkg.name).toBe(long);
    const plain = { ecosystem: 'npm', name: 'a', source: { kind: 'registry' }, dependsOn: ['pkg:npm/b@1'] };
    expect(clipStrings(plain)).toBe(plain);
  });
});
