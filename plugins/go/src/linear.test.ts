/**
 * The Go environment reader without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3):
 * it reads every line as the old regexes did, and doubling a pathological input ~doubles its time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '@inert/core';
import { expectLinear, MB, repeatTo } from '@inert/testing';
import { envFromDockerfile, envFromLines, GO_VARS } from './load/env.js';
import { parseGoMod, parseGoWork } from './load/go-mod.js';
import { parseGoSum } from './load/go-sum.js';

/**
 * envFromLines as it was, with the two regexes it replaced; kept only to compare against. Its column
 * was `raw.indexOf(m[0]) + 1` (the first occurrence of the text, and one search per match: quadratic);
 * the reader now gives the match's own position, as computed here.
 */
function oldEnvFromLines(text: string, dockerfile: boolean): [string, string, number][] {
  const out: [string, string, number][] = [];
  const unquote = (v: string) =>
    v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]) ? v.slice(1, -1) : v;
  splitLines(text).forEach((raw) => {
    let line = raw.trim();
    if (line.startsWith('#')) return;
    const start = raw.length - raw.trimStart().length;
    let offset: number;
    if (dockerfile) {
      const m = /^(?:ENV|ARG)\s+(.*)$/i.exec(line);
      if (!m) return;
      offset = start + line.length - m[1]!.length;
      line = m[1]!;
      if (!line.includes('=')) {
        const [name, ...rest] = line.split(/\s+/);
        if (name && GO_VARS.has(name)) out.push([name, unquote(rest.join(' ')), raw.indexOf(name) + 1]);
        return;
      }
    } else {
      offset = start + line.length - line.replace(/^export\s+/, '').length;
      line = line.replace(/^export\s+/, '');
    }
    for (const m of line.matchAll(/([A-Z_][A-Z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
      if (GO_VARS.has(m[1]!)) out.push([m[1]!, unquote(m[2]!), offset + m.index + 1]);
    }
  });
  return out;
}

const read = (text: string, dockerfile: boolean) =>
  dockerfile ? envFromDockerfile(text, 'f') : envFromLines(text, 'f', 'f');
const now = (text: string, dockerfile: boolean) => read(text, dockerfile).map((e) => [e.name, e.value, e.at.column]);

const PIECES = [
  'ENV',
  'ARG',
  'env',
  'export',
  ' ',
  '  ',
  '\t',
  'GOFLAGS',
  'GOPROXY',
  'GOSUMDB',
  '9GOPRIVATE',
  'xGOTOOLCHAIN',
  '=',
  '==',
  '"',
  "'",
  '\\',
  '\\"',
  'off',
  'a b',
  '_',
  '\u2028',
  '\u00a0',
  '#',
  '\n',
  '\r\n',
];
const lines = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));

describe('Go env lines read as the replaced regexes read them', () => {
  it('on realistic lines', () => {
    const go =
      'GOFLAGS=-mod=mod\nexport GOPROXY="https://proxy.golang.org,direct"\nGONOSUMDB=\'corp.example/*\' GOPRIVATE=corp.example\n# GOSUMDB=off\nXGOSUMDB=on GOSUMDB=off\n';
    expect(now(go, false)).toEqual(oldEnvFromLines(go, false));
    expect(now(go, false)).toEqual([
      ['GOFLAGS', '-mod=mod', 1],
      ['GOPROXY', 'https://proxy.golang.org,direct', 8],
      ['GONOSUMDB', 'corp.example/*', 1],
      ['GOPRIVATE', 'corp.example', 28],
      ['GOSUMDB', 'off', 13],
    ]);
    const docker =
      'FROM golang:1.22\nENV GOTOOLCHAIN go1.22.5+path\nARG GOPROXY=off\nenv   GOFLAGS="-x \\" y" GOSUMDB=off\nENV\nRUN go build\n';
    expect(now(docker, true)).toEqual(oldEnvFromLines(docker, true));
    expect(now(docker, true)).toEqual([
      ['GOTOOLCHAIN', 'go1.22.5+path', 5],
      ['GOPROXY', 'off', 5],
      ['GOFLAGS', '-x \\" y', 7],
      ['GOSUMDB', 'off', 25],
    ]);
  });

  it('on generated lines of the pieces that trip them', () => {
    fc.assert(
      // Env-file lines only: a Dockerfile is now read by the instruction reader it shares with the CI
      // plugin (@inert/syntax), which reads continuations, comments and heredocs as Docker does and
      // names as Docker does (`xGOFLAGS=1` sets xGOFLAGS), where the old regex read each line alone.
      fc.property(lines, (text) => {
        expect(now(text, false)).toEqual(oldEnvFromLines(text, false));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('Go env lines are linear', () => {
  // Each input hurt one of the old regexes: a name run with no `=` (retried from each start), spaces after ENV before a line separator.
  it.each([
    ['a 1 MB name with no =', (n: number) => repeatTo('GOFLAGS', n), false],
    ['a 1 MB line of NULs', (n: number) => repeatTo('\0', n), false],
    ['ENV, spaces, a line separator', (n: number) => `ENV${repeatTo(' ', n)}\u2028x`, true],
    ['ENV then name runs', (n: number) => `ENV ${repeatTo('A_', n)}`, true],
  ] as const)('%s', (_what, make, dockerfile) => {
    expectLinear((text: string) => read(text, dockerfile), make, { start: MB });
  });

  // One setting per 11-16 characters: from 2 MB, where the garbage collector's steps (a mark-compact from
  // about 2 MB of this input) no longer make
  // one doubling of this allocation-heavy read look super-linear.
  it.each([
    [
      'unclosed quotes (names that are not Go settings: the quote scan, not the allocation of 190,000 results, is what doubles)',
      (n: number) => repeatTo('XFLAGS="x ', n),
    ],
    [
      'many distinct assignments (each column was a search from the line start)',
      (n: number) => Array.from({ length: n >> 4 }, (_, i) => `GOFLAGS=${i}`.padEnd(16)).join(''),
    ],
  ] as const)('%s', (_what, make) => {
    expectLinear((text: string) => envFromLines(text, 'f', 'f'), make, { start: MB * 2 });
  });
});

describe('go.mod, go.work and go.sum readers are linear', () => {
  it.each([
    ['go.mod: one long require line', (n: number) => `module x\n\nrequire ${repeatTo('a/', n)} v1.0.0\n`],
    [
      'go.mod: many require lines in a block',
      (n: number) => `module x\n\nrequire (\n${repeatTo('\tgithub.com/a/b v1.0.0 // indirect\n', n)})\n`,
    ],
    ['go.mod: 1 MB of NULs', (n: number) => `module x\n${repeatTo('\0', n)}`],
    ['go.mod: an unclosed block of quotes', (n: number) => `module x\nrequire (\n${repeatTo('"a\\"', n)}\n`],
    ['go.mod: a replace with 1 MB of spaces before =>', (n: number) => `replace a${repeatTo(' ', n)}=> ../b\n`],
  ] as const)('%s', (_what, make) => {
    expectLinear((t: string) => parseGoMod(t, 'go.mod', ''), make, { start: MB / 4 });
  });

  it('go.work: many use lines', () => {
    expectLinear(
      (t: string) => parseGoWork(t, 'go.work', ''),
      (n) => `go 1.22\nuse (\n${repeatTo('\t./m\n', n)})\n`,
      { start: MB / 4 },
    );
  });

  it('go.sum: many lines and one long line', () => {
    expectLinear(
      (t: string) => parseGoSum(t, 'go.sum', ''),
      (n) => repeatTo('github.com/a/b v1.0.0 h1:abc=\n', n),
      {
        start: MB / 4,
      },
    );
    expectLinear(
      (t: string) => parseGoSum(t, 'go.sum', ''),
      (n) => `${repeatTo('a', n)} v1 h1:x\n`,
      { start: MB / 4 },
    );
  });
});
