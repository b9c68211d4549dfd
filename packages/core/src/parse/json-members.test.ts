import { describe, expect, it } from 'vitest';
import type { LocateRequest } from '../pointer.js';
import { parseJson, type JsonDocument } from './json.js';

function doc(text: string): JsonDocument {
  const parsed = parseJson(text, 'package-lock.json');
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return parsed.value;
}

const keysOf = (d: JsonDocument): string[] => {
  const packages = (d.value as { packages: Record<string, unknown> }).packages;
  const keys: string[] = [];
  for (const k in packages) keys.push(k);
  return keys;
};

/** memberLines and the later requests must give what the full pass gives on a fresh document. */
function expectSameAsFullPass(text: string, later: (keys: string[]) => LocateRequest[]): void {
  const fast = doc(text);
  const full = doc(text);
  const keys = keysOf(fast);
  const lines = fast.memberLines!('packages', keys);
  expect(lines).toBeDefined();
  const expected = full.locate(keys.map((k) => ({ route: ['packages', k], part: 'key' as const })));
  expect([...lines!]).toEqual(expected.map((s) => s.line));
  const requests = later(keys);
  expect(fast.locate(requests)).toEqual(doc(text).locate(requests));
}

const lock = (packages: string, tail = '') =>
  `{\n  "name": "x",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": ${packages}${tail}\n}\n`;

describe('memberLines (package-lock entry lines without a node per entry)', () => {
  it('gives each key the line the full pass gives, and later requests the same spans', () => {
    const text = lock(
      '{\n    "": { "name": "x" },\n    "node_modules/a": {\n      "version": "1.0.0",\n      "resolved": "https://r/a/-/a-1.0.0.tgz",\n      "hasInstallScript": true\n    },\n    "node_modules/a/node_modules/@s/b": { "version": "2.0.0", "dependencies": { "packages": "1" } }\n  }',
      ',\n  "dependencies": { "a": { "version": "1.0.0" } }',
    );
    expectSameAsFullPass(text, (keys) => [
      { route: ['lockfileVersion'], part: 'value' },
      { route: ['lockfileVersion'], part: 'key' },
      { route: ['packages'], part: 'value' },
      { route: ['packages', 'node_modules/a', 'hasInstallScript'], part: 'key' },
      { route: ['packages', 'node_modules/a', 'resolved'], part: 'value' },
      { route: ['packages', keys[2]!, 'dependencies', 'packages'], part: 'value' },
      { route: ['packages', 'node_modules/missing', 'x'], part: 'key' },
      { route: ['dependencies', 'a', 'version'], part: 'value' },
      { route: [], part: 'value' },
    ]);
  });

  it('handles duplicate keys (the last one wins), integer-like keys JSON.parse lists first, escapes and CRLF', () => {
    const text = lock(
      '{\r\n "node_modules/a": {"version": "1"},\r\n "10": {"v": 1},\r\n "node_modules/\\u0062": {"x": [1, {"y": "}"}]},\r\n "node_modules/a": {"version": "2"},\r\n "2": "s",\r\n "node_modules/q\\"uote": {}\r\n }',
    );
    const keys = keysOf(doc(text));
    // JSON.parse's enumeration order differs from the text's here: the matching must not depend on it.
    expect(keys.slice(0, 2)).toEqual(['2', '10']);
    expectSameAsFullPass(text, () => [
      { route: ['packages', 'node_modules/a', 'version'], part: 'value' },
      { route: ['packages', 'node_modules/b', 'x', 1, 'y'], part: 'value' },
      { route: ['packages', 'node_modules/q"uote'], part: 'value' },
      { route: ['packages', '2'], part: 'value' },
    ]);
  });

  it('keeps line breaks between a key, its colon and its value', () => {
    const text = '{"packages"\n:\n{"a"\n:\n{"b":\n1}\n,\n"c":{}}}';
    expectSameAsFullPass(text, () => [
      { route: ['packages', 'a', 'b'], part: 'value' },
      { route: ['packages', 'a'], part: 'value' },
      { route: ['packages', 'c'], part: 'key' },
    ]);
  });

  it('answers a generated lock of 2,000 entries as the full pass does', () => {
    const entries = Array.from(
      { length: 2000 },
      (_, i) =>
        `    "node_modules/p${i % 700}${i >= 700 ? `/node_modules/q${i}` : ''}": {\n      "version": "1.${i}.0",\n      "integrity": "sha512-${'A'.repeat(86)}==",\n      "dependencies": { "p${(i * 7) % 700}": "^1.0.0" }\n    }`,
    );
    const text = lock(`{\n${entries.join(',\n')}\n  }`);
    expectSameAsFullPass(text, (keys) =>
      keys.filter((_, i) => i % 97 === 0).map((k) => ({ route: ['packages', k, 'version'], part: 'value' as const })),
    );
  });

  it('declines what it cannot answer exactly, leaving locate to the full pass', () => {
    // `packages` written twice: JSON.parse keeps the second, the text has both.
    const twiceText = '{"packages": {"a": {}}, "packages": {"b": {}}}';
    const twice = doc(twiceText);
    expect(twice.memberLines!('packages', ['b'])).toBeUndefined();
    // Declining leaves the document as it was: the full pass answers as on a fresh document.
    const request: LocateRequest[] = [{ route: ['packages', 'b'], part: 'key' }];
    expect(twice.locate(request)).toEqual(doc(twiceText).locate(request));
    expect(twice.locate(request)[0]).toMatchObject({ line: 1, column: 38 });
    // An array, a missing member, a document asked before, JSONC.
    expect(doc('{"packages": [1]}').memberLines!('packages', [])).toBeUndefined();
    expect(doc('{"other": {}}').memberLines!('packages', [])).toBeUndefined();
    const asked = doc('{"packages": {"a": {}}}');
    asked.locate([{ route: ['packages'], part: 'key' }]);
    expect(asked.memberLines!('packages', ['a'])).toBeUndefined();
    const jsonc = parseJson('{"packages": {"a": {}}}', 'x.json', { comments: true });
    if (!jsonc.ok) throw new Error('parse');
    expect(jsonc.value.memberLines!('packages', ['a'])).toBeUndefined();
  });

  it('stays linear when every key is out of enumeration order (integer-like keys)', () => {
    const n = 20_000;
    const text = `{"packages": {${Array.from({ length: n }, (_, i) => `"${n - i}": {}`).join(',')}}}`;
    const d = doc(text);
    const keys = keysOf(d);
    const lines = d.memberLines!('packages', keys);
    expect(lines?.length).toBe(n);
    expect(lines!.every((l) => l === 1)).toBe(true);
  });
});
