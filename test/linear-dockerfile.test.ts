/**
 * The Dockerfile reader without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3):
 * instruction lines and ENV/ARG assignments read as the old regexes read them, and doubling a
 * pathological Dockerfile ~doubles the time of the whole read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear, MB, repeatTo } from '../packages/testing/src/linear.js';
import { assignments, instructionLine, readDockerfile } from '../plugins/ci/src/dockerfile.js';

/** The regexes replaced; kept only to compare against. */
function oldInstruction(line: string): { keyword: string; args: string } | undefined {
  const m = /^\s*([A-Z]+)\s+(.*)$/i.exec(line);
  return m ? { keyword: m[1]!, args: m[2]! } : undefined;
}
function oldAssignments(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const trimmed = text.trim();
  if (!/^[A-Z_]\w*=/i.test(trimmed)) {
    const [key, ...rest] = trimmed.split(/\s+/);
    if (key && /^[A-Z_]\w*$/i.test(key)) out[key] = rest.join(' ');
    return out;
  }
  for (const m of trimmed.matchAll(/([A-Z_]\w*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/gi))
    out[m[1]!] = m[2]!.replace(/^["']|["']$/g, '');
  return out;
}

const PIECES = [
  'RUN',
  'ENV',
  'arg',
  'FROM',
  ' ',
  '  ',
  '\t',
  '\u2028',
  '\u00a0',
  '\n',
  'NODE_ENV',
  'a',
  '9',
  '_',
  '=',
  '"',
  "'",
  '\\',
  '\\"',
  'x y',
  '#',
  '-',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));

describe('Dockerfile lines read as the replaced regexes read them', () => {
  it('on realistic lines', () => {
    for (const line of [
      'FROM node:20',
      'RUN npm ci',
      '  run   apt-get install -y curl  ',
      'ENV',
      'ENV ',
      '# syntax=docker/dockerfile:1',
      'RUN\tmake',
      'COPY . .',
      'HEALTHCHECK CMD curl -f http://x/ || exit 1',
    ]) {
      expect(instructionLine(line), line).toEqual(oldInstruction(line));
    }
    expect(instructionLine('  run   apt-get install -y curl  ')).toEqual({
      keyword: 'run',
      args: 'apt-get install -y curl  ',
    });
    expect(assignments('NPM_CONFIG_IGNORE_SCRIPTS=true A="two words" B=\'q\' C=')).toEqual({
      NPM_CONFIG_IGNORE_SCRIPTS: 'true',
      A: 'two words',
      B: 'q',
      C: '',
    });
    expect(assignments('PATH /usr/local/bin:$PATH')).toEqual({ PATH: '/usr/local/bin:$PATH' });
    for (const t of ['A=1 b_2=x "C=3"', 'X="a \\" b" Y=z', "Q='unclosed R=1", 'S="\\\u2028" T=1', '9A=1 _B=2'])
      expect(assignments(t), t).toEqual(oldAssignments(t));
  });

  it('on generated lines of the pieces that trip them', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(instructionLine(t)).toEqual(oldInstruction(t));
        expect(assignments(t)).toEqual(oldAssignments(t));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('the Dockerfile reader is linear', () => {
  it.each([
    ['1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['RUN, 1 MB of spaces, a line separator', (n: number) => `RUN${repeatTo(' ', n)}\u2028x\n`],
    ['ENV with a 1 MB name and no =', (n: number) => `ENV A=1 ${repeatTo('B', n)}\n`],
    ['ENV with unclosed quotes', (n: number) => `ENV A=1 ${repeatTo('B="\\', n)}\n`],
  ])('%s', (_what, make) => {
    // From 1 MB up: below it, the garbage collector's steps (a run that first promotes to the old
    // generation) make single doublings of these allocation-heavy reads look super-linear.
    expectLinear((t: string) => readDockerfile(t, 'Dockerfile', []), make, { start: MB });
  });
});
