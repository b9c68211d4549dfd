/**
 * npm-plugin readers without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3):
 * .yarnrc lines, yarn.lock fields and npx package versions read as the old regexes read them, and
 * doubling a pathological file ~doubles the time of the whole read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear, MB, repeatTo } from '@inert/testing';
import { withoutVersion } from './hook-command.js';
import { parseYarnrc, yarnrcLine } from './load/config-files.js';
import { parseYarnLock } from './load/yarn-lock.js';

/** The regexes replaced; kept only to compare against. */
function oldYarnrcLine(line: string) {
  const m = /^(\s*)("[^"]*"|\S+)\s+(.*?)\s*$/.exec(line);
  return m ? { key: m[2]!, keyEnd: m[1]!.length + m[2]!.length, value: m[3]! } : undefined;
}
const oldWithoutVersion = (spec: string) => spec.replace(/(?<=.)@[^/]*$/, '');
/** The yarn.lock field line as the old regex split it (key, value), or undefined. */
function oldYarnField(line: string) {
  const m = /^\s+("[^"]+"|\S+)\s+(.*)$/.exec(line);
  return !m || m[2]!.endsWith(':')
    ? undefined
    : [m[1]!.replace(/^"|"$/g, ''), m[2]!.replace(/^"|"$/g, ''), line.length - m[2]!.length + 1];
}
function yarnField(line: string) {
  const lock = parseYarnLock(`a@^1:\n${line}\n`, 'yarn.lock');
  if (!lock.ok) throw new Error(lock.problem.reason);
  const entry = lock.value.entries[0]!;
  const fields = [entry.version, entry.resolved, entry.integrity];
  return fields.some((f) => f !== undefined) ? fields : undefined;
}

const chars = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''));

describe('npm readers read as the replaced regexes read them', () => {
  it('.yarnrc lines', () => {
    expect(yarnrcLine('registry "https://registry.yarnpkg.com"')).toEqual({
      key: 'registry',
      keyEnd: 8,
      value: '"https://registry.yarnpkg.com"',
    });
    expect(yarnrcLine('  "--install.ignore-scripts" true  ')).toEqual({
      key: '"--install.ignore-scripts"',
      keyEnd: 28,
      value: 'true',
    });
    expect(yarnrcLine('lonely')).toBeUndefined();
    for (const line of [
      'ignore-scripts true',
      '"a b" c',
      '"a"b c',
      '"unclosed c d',
      '# comment here',
      'k v\u2028w',
      'k \u2028 v',
      '\t',
      'k  v  w  ',
    ])
      expect(yarnrcLine(line), line).toEqual(oldYarnrcLine(line));
    fc.assert(
      fc.property(chars([' ', '\t', '\u2028', '\u00a0', '"', 'k', 'v', '#', '-']), (line) => {
        expect(yarnrcLine(line)).toEqual(oldYarnrcLine(line));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });

  it('npx package versions', () => {
    for (const [spec, name] of [
      ['cowsay@1.5.0', 'cowsay'],
      ['@scope/pkg@latest', '@scope/pkg'],
      ['@scope/pkg', '@scope/pkg'],
      ['pkg', 'pkg'],
      ['a@b/c@d', 'a@b/c'],
      ['@x', '@x'],
    ]) {
      expect(withoutVersion(spec!), spec).toBe(name);
      expect(oldWithoutVersion(spec!)).toBe(name);
    }
    fc.assert(
      fc.property(chars(['@', '/', 'a', '\n', '\u2028', '.']), (spec) => {
        expect(withoutVersion(spec)).toBe(oldWithoutVersion(spec));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });

  it('yarn.lock fields', () => {
    expect(yarnField('  version "1.2.3"')).toEqual(['1.2.3', undefined, undefined]);
    expect(yarnField('  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#0123"')).toEqual([
      undefined,
      'https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#0123',
      undefined,
    ]);
    // Keys and values as the old regex split them, for the three fields the reader keeps.
    const keep = (line: string) => {
      const f = oldYarnField(line);
      if (!f) return undefined;
      const fields = [
        f[0] === 'version' ? f[1] : undefined,
        f[0] === 'resolved' ? f[1] : undefined,
        f[0] === 'integrity' ? f[1] : undefined,
      ];
      return fields.some((x) => x !== undefined) ? fields : undefined;
    };
    fc.assert(
      fc.property(chars(['version', 'integrity', '"', ' ', '\u2028', '\u00a0', 'x', ':', '"resolved"']), (body) => {
        const line = `  ${body}`;
        if (line.length - line.trimStart().length !== 2) return;
        expect(yarnField(line)).toEqual(keep(line));
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });
});

describe('npm readers are linear', () => {
  it.each([
    ['.yarnrc: a 1 MB line', (n: number) => `registry ${repeatTo('a', n)}\n`],
    ['.yarnrc: 1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['.yarnrc: key, 1 MB of spaces and tabs, a line separator', (n: number) => `k${repeatTo(' \t', n)}\u2028v`],
    ['.yarnrc: an unclosed quote then spaces', (n: number) => `"k${repeatTo(' ', n)}v`],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseYarnrc(t, '.yarnrc'), make, { start: MB });
  });

  it.each([
    ['yarn.lock: a 1 MB field line', (n: number) => `a@^1:\n  version ${repeatTo('1', n)}\n`],
    ['yarn.lock: 1 MB of NULs', (n: number) => `a@^1:\n  ${repeatTo('\0', n)}\n`],
    [
      'yarn.lock: a field, 1 MB of spaces, a line separator',
      (n: number) => `a@^1:\n  version${repeatTo(' ', n)}\u2028x\n`,
    ],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseYarnLock(t, 'yarn.lock'), make, { start: MB });
  });

  it('npx package versions: 1 MB of @ before a /', () => {
    expectLinear(withoutVersion, (n) => `${repeatTo('@', n)}/x`, { start: MB });
  });
});
