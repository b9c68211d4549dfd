/** npmPurl's written-out shapes give packageurl-js's string (issue #25, docs/decisions/0018 and 0035). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageUrl } from '@inert/core';
import type { LockEntry } from '../model.js';
import { sourceOf } from './inventory.js';
import { npmPurl, purlQualifier } from './npm-purl.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parseYarnLock } from './yarn-lock.js';

const real = process.env.INERT_REAL_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));
const benchData =
  process.env.INERT_BENCH_DATA ?? fileURLToPath(new URL('../../../../../shared/bench-data', import.meta.url));

/** The purl packageurl-js builds from a lock name, version and qualifiers: the definition npmPurl must match. */
function libraryPurl(e: LockEntry, qualifiers: Record<string, string | undefined>): string | undefined {
  const slash = e.name.startsWith('@') ? e.name.indexOf('/') : -1;
  return packageUrl({
    type: 'npm',
    namespace: slash > 0 ? e.name.slice(0, slash) : undefined,
    name: slash > 0 ? e.name.slice(slash + 1) : e.name,
    version: e.version,
    qualifiers,
  });
}

/** The purl as packageurl-js builds it from the entry's parts and qualifier (what npmPurl must give). */
function full(e: LockEntry): string | undefined {
  const q = purlQualifier(e, sourceOf(e));
  return libraryPurl(e, q ? { [q[0]]: q[1] } : {});
}

/** The purl as packageurl-js builds it for an entry without qualifiers (what the fast path may answer for). */
function reference(e: LockEntry): string | undefined {
  return libraryPurl(e, {});
}

const entry = (name: string, version: string | undefined, resolved?: string): LockEntry => ({
  name,
  version,
  resolved,
  integrity: undefined,
  hasInstallScript: false,
  link: false,
  bundled: false,
  dev: false,
  workspace: false,
  at: { file: 'package-lock.json', line: 1 },
});

const isPlainRegistry = (e: LockEntry) => {
  const s = sourceOf(e);
  return (
    s.kind === 'registry' && (s.url === undefined || /^https:\/\/registry\.(?:npmjs\.org|yarnpkg\.com)\//.test(s.url))
  );
};

function lockEntries(dir: string, depth = 0): LockEntry[] {
  const out: LockEntry[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory() && depth < 4 && d.name !== 'node_modules') out.push(...lockEntries(path, depth + 1));
    if (!d.isFile()) continue;
    const parser =
      d.name === 'package-lock.json'
        ? parsePackageLock
        : d.name === 'pnpm-lock.yaml'
          ? parsePnpmLock
          : d.name === 'yarn.lock'
            ? parseYarnLock
            : undefined;
    const parsed = parser?.(readFileSync(path, 'utf8'), path);
    if (parsed?.ok) out.push(...parsed.value.entries);
  }
  return out;
}

describe('npmPurl', () => {
  it('writes plain registry names and versions as packageurl-js does, and leaves the rest to it', () => {
    const cases = [
      entry('left-pad', '1.3.0'),
      entry('@babel/core', '7.24.0', 'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz'),
      entry('a.b', '1.0.0-RC.1'),
      entry('_x', '0.0.0-alpha-1'),
      entry('-x', undefined),
      entry('.', '1.0.0'),
      entry('..', '1.0.0'),
      entry('x', ''),
      entry('@s.x/y', '1'),
      // Not the fast path: an upper-case name, a build suffix, characters to encode, another registry.
      entry('Upper', '1.0.0'),
      entry('x', '1.0.0+build.5'),
      entry('@s/y~z', '1_2'),
      entry('x', '1.0.0', 'https://npm.example.com/x/-/x-1.0.0.tgz'),
    ];
    for (const e of cases)
      if (isPlainRegistry(e) && !e.resolved?.includes('example'))
        expect(npmPurl(e, sourceOf(e)), e.name).toBe(reference(e));
    expect(npmPurl(cases.at(-1)!, sourceOf(cases.at(-1)!))).toMatch(/^pkg:npm\/x@1\.0\.0\?repository_url=https%3A/);
  });

  it.skipIf(!existsSync(join(real, 'npm')))('matches packageurl-js on every registry entry of the real corpus', () => {
    const entries = lockEntries(join(real, 'npm')).filter(isPlainRegistry);
    expect(entries.length).toBeGreaterThan(5_000);
    const differ = entries.filter((e) => npmPurl(e, sourceOf(e)) !== reference(e)).map((e) => `${e.name}@${e.version}`);
    expect(differ).toEqual([]);
  });

  it.skipIf(!existsSync(join(real, 'npm')))('matches packageurl-js on every entry of the real corpus', () => {
    const entries = lockEntries(join(real, 'npm'));
    expect(entries.filter((e) => purlQualifier(e, sourceOf(e))).length).toBeGreaterThan(20);
    const differ = entries.filter((e) => npmPurl(e, sourceOf(e)) !== full(e)).map((e) => `${e.name} ${e.resolved}`);
    expect(differ).toEqual([]);
  });

  it.skipIf(!existsSync(join(benchData, 'npm')))('matches packageurl-js on every entry of the bench locks', () => {
    const entries = lockEntries(join(benchData, 'npm'));
    expect(entries.length).toBeGreaterThan(40_000);
    const differ = entries.filter((e) => npmPurl(e, sourceOf(e)) !== full(e)).map((e) => `${e.name} ${e.resolved}`);
    expect(differ).toEqual([]);
  });

  it('matches packageurl-js on random sources: git, tarball URLs, other registries, hostile text', () => {
    let seed = 25;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const ALPHABET = [
      'a',
      'Z',
      '0',
      '-',
      '.',
      '_',
      '~',
      '!',
      "'",
      '(',
      ')',
      '*',
      ' ',
      '+',
      '#',
      '%',
      '&',
      '=',
      '?',
      '/',
      ':',
      '@',
      '\t',
      '\u00e9',
      '\u202e',
      '\ud800',
      '\udc00',
      '\ud83d\ude00',
      '\x7f',
      '"',
      '\\',
      ';',
      ',',
    ];
    const text = (max: number) => Array.from({ length: rand(max) }, () => ALPHABET[rand(ALPHABET.length)]).join('');
    const PREFIXES = [
      'git+ssh://git@github.com/',
      'git+https://github.com/',
      'github:',
      'https://npm.example.com/',
      'https://codeload.github.com/',
      'http://127.0.0.1:4873/',
      'https://registry.npmjs.org/',
      'file:',
      'https://x/-/a.tgz',
    ];
    for (let i = 0; i < 4000; i++) {
      const name = rand(3) === 0 ? `@s${text(4)}/${text(6) || 'x'}` : text(8) || 'x';
      const resolved = rand(8) === 0 ? undefined : `${PREFIXES[rand(PREFIXES.length)]}${text(30)}`;
      const e = { ...entry(name, rand(4) === 0 ? undefined : text(8), resolved) };
      if (rand(4) === 0) e.commit = 'a'.repeat(40);
      if (rand(6) === 0) e.workspace = true;
      if (rand(8) === 0) e.sourceKind = (['git', 'url', 'path', 'registry'] as const)[rand(4)]!;
      expect(npmPurl(e, sourceOf(e)), JSON.stringify(e)).toBe(full(e));
    }
  });
});
