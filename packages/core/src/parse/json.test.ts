import { describe, expect, it } from 'vitest';
import { parseJson } from './json.js';
import { recordPositions, RouteTrie } from './json-positions.js';

describe('parseJson', () => {
  const text =
    '{\n  "name": "x",\n  "packages": {\n    "": { "name": "x" },\n    "node_modules/a": {\n      "version": "1.0.0",\n      "hasInstallScript": true\n    }\n  },\n  "list": [1, {"k": "v"}]\n}\n';

  it('locates keys and values of many routes in one pass', () => {
    const parsed = parseJson(text, 'package-lock.json');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const spans = parsed.value.locate([
      { route: ['packages', 'node_modules/a', 'hasInstallScript'], part: 'key' },
      { route: ['packages', 'node_modules/a'], part: 'key' },
      { route: ['packages', 'node_modules/a'], part: 'value' },
      { route: ['list', 1, 'k'], part: 'value' },
      { route: ['packages', 'node_modules/missing', 'x'], part: 'key' },
    ]);
    expect(spans[0]).toMatchObject({ line: 7, column: 7 });
    expect(spans[1]).toMatchObject({ line: 5, column: 5 });
    expect(spans[2]).toMatchObject({ line: 5, column: 23, endLine: 8, endColumn: 6 });
    expect(spans[3]).toMatchObject({ line: 10, column: 21 });
    // A missing route resolves to its nearest existing ancestor.
    expect(spans[4]).toMatchObject({ line: 3, column: 15 });
  });

  it('records the top-level members of a pass unasked, so a later request for one needs no second pass', () => {
    const root = new RouteTrie();
    root.insert(['packages', 'node_modules/a']);
    recordPositions(text, root);
    root.markScanned();
    // `name` and `list` were not requested, but the pass recorded them: inserting adds nothing to scan.
    expect(root.insert(['name'])).toBe(false);
    expect(root.pending()).toEqual([]);
    expect(root.find(['name'], 'value')).toMatchObject({ line: 2, column: 11 });
    expect(root.find(['list'], 'key')).toMatchObject({ line: 10, column: 3 });
    // Deeper members are recorded only when requested.
    expect(root.insert(['list', 1, 'k'])).toBe(true);
    // At most 64 members are recorded unasked: a document of many top-level keys adds no more nodes.
    const many = `{${Array.from({ length: 200 }, (_, i) => `"k${i}": ${i}`).join(',')}}`;
    const wide = new RouteTrie();
    wide.insert(['k199']);
    recordPositions(many, wide);
    expect(wide.children?.size).toBe(65);
    expect(wide.find(['k199'], 'value')).toMatchObject({ line: 1 });
  });

  it('gives the same spans whichever order routes are requested in', () => {
    const a = parseJson(text, 'package-lock.json');
    const b = parseJson(text, 'package-lock.json');
    if (!a.ok || !b.ok) throw new Error('parse');
    const routes = [['packages', 'node_modules/a'], ['name'], ['list', 1, 'k']] as const;
    const together = a.value.locate(routes.map((route) => ({ route, part: 'key' as const })));
    const oneByOne = routes.map((route) => b.value.locate([{ route, part: 'key' }])[0]);
    expect(oneByOne).toEqual(together);
  });

  it('reports syntax errors with 1-based line and column, never throws', () => {
    const parsed = parseJson('{\n  "a": 1,\n}\n', 'x.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ kind: 'syntax', line: 3, column: 1 });
  });

  it('refuses deep nesting before parsing', () => {
    const parsed = parseJson('['.repeat(100_000) + ']'.repeat(100_000), 'deep.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.kind).toBe('limit');
  });

  it('keeps __proto__ as an own key without polluting Object.prototype', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}}', 'p.json');
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads JSONC with comments and trailing commas when asked', () => {
    const parsed = parseJson('// bun.lock\n{\n  "lockfileVersion": 1, /* c */\n  "a": [1,],\n}\n', 'bun.lock', {
      comments: true,
    });
    expect(parsed.ok && parsed.value.value).toEqual({ lockfileVersion: 1, a: [1] });
  });

  it('ends JSONC line comments at CR as well as LF, and counts CR line breaks in block comments (found by fuzzing)', () => {
    const parsed = parseJson('//\r{\n  "a": 0, /* x\ry */ "b": 1\n}', 'bun.lock', { comments: true });
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const spans = parsed.value.locate([
      { route: [], part: 'value' },
      { route: ['a'], part: 'key' },
      { route: ['b'], part: 'key' },
    ]);
    expect(spans[0]).toMatchObject({ line: 2, column: 1, endLine: 5, endColumn: 2 });
    expect(spans[1]).toMatchObject({ line: 3, column: 3 });
    expect(spans[2]).toMatchObject({ line: 4, column: 6 });
  });

  it('strips a UTF-8 BOM', () => {
    const parsed = parseJson('\ufeff{"a": 1}', 'bom.json');
    expect(parsed.ok && parsed.value.value).toEqual({ a: 1 });
  });
});
