import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LocateRequest } from '../pointer.js';
import { parseJson, type JsonDocument } from './json.js';
import { scanStructure } from './json-structure.js';
import { bracketDepth } from './lines.js';

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'packages',
  'a',
  'node_modules/a',
  'p\\u0061ckages',
  '10',
  '2',
  'q\\"uote',
  'b\\\\',
  '',
  'x y',
  '{',
  '[]',
];
const SPACES = ['', ' ', '\n', '\r\n', '\r', '\t', '  \n    '];

/** Random valid JSON text: nested objects and arrays, duplicate and integer-like keys, escapes, odd spacing. */
function jsonText(next: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const ws = () => pick(SPACES);
  const r = next();
  if (depth > 3 || r < 0.3) return pick(['1', '-2.5e3', 'true', 'false', 'null', '"s"', '"a\\"}]{["', '"\\\\"', '""']);
  if (r < 0.45) {
    const n = Math.floor(next() * 4);
    return `[${ws()}${Array.from({ length: n }, () => jsonText(next, depth + 1)).join(`${ws()},${ws()}`)}${ws()}]`;
  }
  const n = Math.floor(next() * 6);
  const members = Array.from({ length: n }, () => `"${pick(KEYS)}"${ws()}:${ws()}${jsonText(next, depth + 1)}`);
  return `{${ws()}${members.join(`${ws()},${ws()}`)}${ws()}}`;
}

/**
 * A random lock-like document: a root object whose `packages` member (sometimes written twice, or not
 * an object) has random members. `distinct`: no key written twice in `packages` or in the root.
 */
function lockText(next: () => number, distinct: boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const suffix = (i: number) => (distinct ? `-${i}` : '');
  const entries = Array.from(
    { length: Math.floor(next() * 8) },
    (_, i) => `"${pick(KEYS)}${suffix(i)}":${pick(SPACES)}${jsonText(next, 1)}`,
  );
  const packages = next() < 0.1 ? '[1, {"a": 2}]' : `{${entries.join(',\n    ')}}`;
  const others = Array.from(
    { length: Math.floor(next() * 3) },
    (_, i) => `"${distinct ? `a${i}` : pick(KEYS.slice(0, 6))}": ${jsonText(next, 1)}`,
  );
  const members = [...others, `"packages": ${packages}`];
  if (next() < 0.5) members.push(`"z": ${jsonText(next, 1)}`);
  return `${next() < 0.1 ? '\ufeff' : ''}${pick(SPACES)}{\n  ${members.join(',\n  ')}\n}\n`;
}

function doc(text: string, members?: string): JsonDocument {
  const parsed = parseJson(text, 'package-lock.json', members === undefined ? {} : { members });
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return parsed.value;
}

function keysOf(d: JsonDocument): string[] | undefined {
  const packages = (d.value as { packages?: unknown }).packages;
  if (typeof packages !== 'object' || packages === null || Array.isArray(packages)) return undefined;
  const keys: string[] = [];
  for (const k in packages) keys.push(k);
  return keys;
}

/**
 * The lines scanned before parsing, and every later request, against the full position pass of a
 * fresh document (no member index): the same lines, the same spans, the same declines.
 */
function expectSameAsFullPass(text: string, underEntries: boolean): void {
  const fast = doc(text, 'packages');
  const keys = keysOf(fast);
  if (!keys) return;
  const lines = fast.memberLines!('packages', keys);
  const full = doc(text);
  const expected = full.locate(keys.map((k) => ({ route: ['packages', k], part: 'key' as const })));
  if (lines) expect([...lines]).toEqual(expected.map((s) => s.line));
  // A decline is the old index's decline too (the same text, no pass before parsing).
  else expect(doc(text).memberLines!('packages', keys)).toBeUndefined();
  const requests: LocateRequest[] = [
    { route: [], part: 'value' },
    { route: ['packages'], part: 'key' },
    { route: ['packages'], part: 'value' },
    { route: ['z'], part: 'value' },
    { route: ['a'], part: 'value' },
    { route: ['a0'], part: 'value' },
    { route: ['a1', 'a'], part: 'value' },
    ...(underEntries ? keys : []).flatMap((k): LocateRequest[] => [
      { route: ['packages', k], part: 'value' },
      { route: ['packages', k, 'a'], part: 'value' },
      { route: ['packages', k, 0], part: 'value' },
    ]),
  ];
  expect(fast.locate(requests)).toEqual(doc(text).locate(requests));
}

describe('scanStructure (the nesting check and the member offsets in one pass)', () => {
  it('counts the depth exactly as bracketDepth on random text, valid or not', () => {
    const next = random(25);
    const alphabet = ['{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n', '\r', 'a', '1', 't', '"packages"', '\ufeff'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      const withRoot = next() < 0.5 ? `{"packages": {${text}` : text;
      expect(scanStructure(withRoot, 'packages').depth, JSON.stringify(withRoot)).toBe(bracketDepth(withRoot, '"'));
    }
  });

  it('counts the depth of random valid documents and of text after the root as bracketDepth does', () => {
    const next = random(30);
    for (let n = 0; n < 1000; n++) {
      const text = lockText(next, false);
      expect(scanStructure(text, 'packages').depth).toBe(bracketDepth(text, '"'));
      const trailing = `${text} [[[[ "]" {{`;
      expect(scanStructure(trailing, 'packages').depth).toBe(bracketDepth(trailing, '"'));
    }
  });

  it('refuses a nesting bomb under `packages` with the same problem as before', () => {
    const bomb = `{"packages": {"a": ${'['.repeat(300)}${']'.repeat(300)}}}`;
    const withIndex = parseJson(bomb, 'package-lock.json', { members: 'packages' });
    const without = parseJson(bomb, 'package-lock.json');
    expect(withIndex.ok).toBe(false);
    expect(withIndex).toEqual(without);
    expect(!withIndex.ok && withIndex.problem.reason).toContain('nested 302 levels deep');
    // Invalid after the root: the same syntax problem with and without the index.
    const invalid = '{"packages": {}} [';
    expect(parseJson(invalid, 'x', { members: 'packages' })).toEqual(parseJson(invalid, 'x'));
  });

  it('gives the lines and spans of the full pass on random lock-shaped documents', () => {
    const next = random(2026);
    for (let n = 0; n < 1500; n++) expectSameAsFullPass(lockText(next, false), false);
    // Requests under an entry written twice differ between the two passes on the old index too (the
    // full pass mixes occurrences): spans under entries are compared where every entry key is distinct.
    for (let n = 0; n < 1500; n++) expectSameAsFullPass(lockText(next, true), true);
  });
});

const real = resolve(
  fileURLToPath(new URL('../../../../', import.meta.url)),
  process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real',
);
/** Every package-lock of the real corpus (a few levels deep). */
function realLocks(dir: string, depth = 0): string[] {
  if (depth > 6 || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return realLocks(path, depth + 1);
    return e.isFile() && (e.name === 'package-lock.json' || e.name === 'npm-shrinkwrap.json') ? [path] : [];
  });
}
const locks = realLocks(real);

describe.skipIf(locks.length === 0 && process.env.INERT_REQUIRE_REAL_CORPUS !== '1')(
  'scanStructure on the real corpus',
  () => {
    it('finds package-locks in the real corpus', () => expect(locks.length).toBeGreaterThan(0));

    it.each(locks)('%s: the lines and spans of the full pass', (path) => {
      const text = readFileSync(path, 'utf8');
      expect(scanStructure(text, 'packages').depth).toBe(bracketDepth(text, '"'));
      const fast = doc(text, 'packages');
      const keys = keysOf(fast);
      if (!keys) return;
      const lines = fast.memberLines!('packages', keys);
      expect(lines).toBeDefined();
      const expected = doc(text).locate(keys.map((k) => ({ route: ['packages', k], part: 'key' as const })));
      expect([...lines!]).toEqual(expected.map((s) => s.line));
    });
  },
);
