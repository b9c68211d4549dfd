/** The harness can fail: broken parsers and plugins are caught, with what replays the failure. */
import { describe, expect, it } from 'vitest';
import { definePlugin, parseJson } from '@inert/core';
import { anyText, assertInside, assertNoPollution, check, fc, lineLengths, timed } from './harness.js';
import { checkScan } from './scan-helpers.js';

describe('property harness self-check', () => {
  it('catches a parser that throws on some input, and prints seed, path and counterexample', async () => {
    const broken = (text: string) => {
      if (text.includes('\r')) throw new Error('boom on CR');
      return parseJson(text, 'x.json');
    };
    const failure = check('self-check throws', 200, anyText, (text) => broken(text)).then(
      () => 'passed',
      (error: Error) => error.message,
    );
    const message = await failure;
    expect(message).toMatch(
      /property "self-check throws" failed \(FUZZ_SEED=\d+, FUZZ_RUNS=[\d.]+; seed -?\d+, path [\d:]+\)/,
    );
    expect(message).toMatch(/Replay: FUZZ_REPLAY='-?\d+:[\d:]+'/);
    expect(message).toMatch(/Counterexample: \["[^"]*\\r[^"]*"\]/);
    expect(message).toMatch(/Got error: boom on CR/);
  });

  it('catches a position outside the file', async () => {
    const offByOne = (text: string) => ({ line: lineLengths(text).length + 1, column: 1 });
    await expect(
      check('self-check position', 50, anyText, (text) => assertInside(lineLengths(text), offByOne(text), 'span')),
    ).rejects.toThrow(/outside the file/);
    expect(() => assertInside([3], { line: 1, column: 5 }, 'x')).toThrow(/column 5 outside line 1/);
    expect(() => assertInside([3], { line: 1, column: 4 }, 'x')).not.toThrow();
  });

  it('catches a slow parser and a polluting one', async () => {
    // Busy for 2.1 s of CPU (the budget counts CPU time, so a wall-clock wait would not trip it).
    const slow = () => {
      const started = process.cpuUsage();
      const used = () => {
        const u = process.cpuUsage(started);
        return (u.user + u.system) / 1000;
      };
      while (used() < 2100);
    };
    await expect(timed('slow', slow)).rejects.toThrow(/over the \d+ ms budget/);
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      expect(() => assertNoPollution('bad parser')).toThrow(/polluted/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(() => assertNoPollution('clean')).not.toThrow();
  });

  it('catches a plugin that reports a line outside its file through scan', async () => {
    const plugin = definePlugin({
      ecosystem: 'npm',
      title: 't',
      url: 'u',
      files: [{ kind: 'lockfile', match: ['x.lock'], description: 'd' }],
      checks: [],
      profile: {},
      load: () => ({
        problems: [],
        inventory: {
          packages: [
            {
              ecosystem: 'npm',
              name: 'a',
              version: '1',
              source: { kind: 'registry' },
              integrity: null,
              installScripts: null,
              file: 'x.lock',
              line: 3,
            },
          ],
        },
      }),
    });
    await expect(checkScan({ 'x.lock': 'one line' }, [plugin])).rejects.toThrow(/line 3 outside the file's 1 lines/);
    await expect(checkScan({ 'x.lock': 'a\nb\nc' }, [plugin])).resolves.toBeDefined();
  });

  it('property seeds are fixed: the same name gives the same inputs', async () => {
    const seen: string[][] = [[], []];
    for (const k of [0, 1])
      await check('self-check determinism', 20, fc.string(), (s) => {
        seen[k]!.push(s);
      });
    expect(seen[0]).toEqual(seen[1]);
  });
});
