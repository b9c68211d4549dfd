/**
 * Core and docs code without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3): the
 * shared scanners, the YAML collection-key pre-filter and the own-facts line readers read as the old
 * regexes read them, and doubling a pathological input ~doubles the time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowBuild, isCommentOrName, usesRef } from '../packages/cli/src/docs/own-facts.js';
import { assignmentsIn, isSpace, parseYaml } from '../packages/core/src/index.js';
import { mayHaveCollectionKeys } from '../packages/core/src/parse/yaml.js';
import { expectLinear, MB, repeatTo } from '../packages/testing/src/linear.js';

const chars = (pieces: string[], maxLength = 20) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));
const SEED = { seed: 20261205, numRuns: 3000 };

describe('core scanners read as the regexes they stand for', () => {
  it('isSpace is \\s', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('assignmentsIn is matchAll(/(NAME)=("(?:[^"\\\\]|\\\\.)*"|\'[^\']*\'|\\S*)/g)', () => {
    const upper = (c: number) => (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    const upperOrDigit = (c: number) => upper(c) || (c >= 0x30 && c <= 0x39);
    const old = (t: string) =>
      [...t.matchAll(/([A-Z_][A-Z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)].map((m) => ({
        name: m[1],
        value: m[2],
        index: m.index,
        text: m[0],
      }));
    expect(assignmentsIn('A=1 B="x y" c=3 _D=\'z\'', upper, upperOrDigit)).toEqual([
      { name: 'A', value: '1', index: 0, text: 'A=1' },
      { name: 'B', value: '"x y"', index: 4, text: 'B="x y"' },
      { name: '_D', value: "'z'", index: 16, text: "_D='z'" },
    ]);
    fc.assert(
      fc.property(chars(['A', '_', '9', 'a', '=', '"', "'", '\\', ' ', '\n', '\u2028', 'x']), (t) => {
        expect(assignmentsIn(t, upper, upperOrDigit)).toEqual(old(t));
      }),
      SEED,
    );
  });
});

describe('the YAML collection-key pre-filter', () => {
  const old = (text: string) => /[[{,?]\s*[[{]|(?:^|\n)\s*\? /.test(text);
  it('agrees with the regex it replaces', () => {
    for (const t of [
      'a: 1\n',
      '? [a]\n: 1',
      '{[a]: 1}',
      'a: [1, [2]]',
      '  ? x',
      'a\r? x',
      'x? [y]',
      'a:\n\n\n  ? b',
      '?x',
      '[ \n {',
    ])
      expect(mayHaveCollectionKeys(t), t).toBe(old(t));
    fc.assert(
      fc.property(chars(['?', ' ', '\n', '\r', '\t', '[', '{', ',', 'a', ':', '\u2028']), (t) => {
        expect(mayHaveCollectionKeys(t)).toBe(old(t));
      }),
      SEED,
    );
  });

  it('is linear', () => {
    expectLinear(mayHaveCollectionKeys, (n) => repeatTo('\n', n), { start: MB });
  });

  // The yaml package takes up to ~1 s of CPU per MB of these: from 64 KB the ratio is measurable. The
  // NUL scalar has a heap step (x16 between 256 and 512 Ki on an empty heap) that failed about one run
  // in three when re-measured at the same size; expectLinear re-measures at larger sizes instead.
  // Each input its own test with room on a loaded machine: ~2-4 s of CPU each, wall time up to x8.
  it.each([
    ['a block scalar of blank lines', (n: number) => `a: |\n${repeatTo('\n', n)}`],
    ['a double-quoted scalar of NULs', (n: number) => `a: "${repeatTo('\0', n)}"\n`],
    ['a long plain scalar', (n: number) => `a: ${repeatTo('x', n)}\n`],
  ])(
    'and parseYaml is linear on %s',
    (_what, make) => {
      expectLinear((t: string) => parseYaml(t, 'f.yaml'), make, { start: 1 << 16 });
    },
    180_000,
  );

  it('refuses deep nesting before parsing, in time linear in the depth', () => {
    const deep = (n: number) => `${repeatTo('[', n)}${repeatTo(']', n)}`;
    expect(parseYaml(deep(1 << 16), 'f.yaml')).toMatchObject({ ok: false });
    expectLinear((t: string) => parseYaml(t, 'f.yaml'), deep, { start: MB });
  });
});

describe('own-facts line readers', () => {
  it("allowBuilds entries as /^\\s+'?([^':]+)'?:\\s*(true|false)\\s*$/m read them", () => {
    const old = (line: string) => {
      const m = /^\s+'?([^':]+)'?:\s*(true|false)\s*$/.exec(line);
      return m ? { name: m[1]!, allowed: m[2] === 'true' } : undefined;
    };
    for (const line of [
      '  esbuild: true',
      "  '@swc/core': false",
      '  tree-sitter-cli:  false  ',
      'esbuild: true',
      '  x: maybe',
      "  'a':true",
      '  a b: true',
      "  '': true",
    ]) {
      expect(allowBuild(line), line).toEqual(old(line));
    }
    expectLinear(
      (t: string) => allowBuild(t),
      (n) => `${repeatTo(' ', n)}x`,
      { start: MB },
    );
  });

  it('comment and name lines as /^\\s*(#|-?\\s*name:)/ reads them', () => {
    const old = (l: string) => /^\s*(?:#|-?\s*name:)/.test(l);
    for (const l of [
      '# x',
      '  - name: Install',
      'name: x',
      '-name: y',
      '  - run: npm install',
      '   -   name: z',
      ' - # c',
    ])
      expect(isCommentOrName(l), l).toBe(old(l));
    fc.assert(
      fc.property(chars(['#', '-', ' ', '\t', 'name:', 'run:', 'x']), (l) => {
        expect(isCommentOrName(l)).toBe(old(l));
      }),
      SEED,
    );
    expectLinear(isCommentOrName, (n) => `${repeatTo(' ', n)}x`, { start: MB });
  });

  it('uses: refs as /^\\s*(?:-\\s*)?uses:\\s*(\\S+)@(\\S+)/m reads them', () => {
    const old = (l: string) => {
      // eslint-disable-next-line regexp/no-misleading-capturing-group -- the old regex, kept as it was to compare against
      const m = /^\s*(?:-\s*)?uses:\s*(\S+)@(\S+)/.exec(l);
      return m ? { action: m[1]!, ref: m[2]! } : undefined;
    };
    for (const l of [
      '    - uses: actions/setup-node@v4',
      '  uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4',
      'uses: a@b@c',
      'uses: a@',
      'uses: @b',
      '- uses:x@y',
    ])
      expect(usesRef(l), l).toEqual(old(l));
    fc.assert(
      fc.property(chars(['uses:', '-', ' ', '@', 'a', '/', '\t']), (l) => {
        expect(usesRef(l)).toEqual(old(l));
      }),
      SEED,
    );
    expectLinear(usesRef, (n) => `uses: ${repeatTo('@', n)} x`, { start: MB });
  });
});
