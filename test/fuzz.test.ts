/**
 * Mutation fuzzing of every plugin through `scan` over MemorySource: seeded from the project corpus
 * and the real corpus, mutated with a fixed-seed PRNG (test/fuzz-cases.mjs). Properties: scan never
 * throws, finishes in bounded time, every location lies inside its file, and the result is valid JSON.
 * CI runs a small budget; `pnpm fuzz` (FUZZ_ITERATIONS, FUZZ_SEED) runs longer; test/fuzz-replay.mjs
 * replays a sequence outside vitest to isolate a failing input.
 */
import { describe, expect, it } from 'vitest';
import { MemorySource, scan } from '@inert/core';
import { cpuMsAsync } from '@inert/core/testing';
import { PLUGINS } from '../packages/cli/src/plugins.js';
import { fuzzCases } from './fuzz-cases.mjs';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 600);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

describe('fuzz: mutated manifests, lockfiles and CI files through every plugin', () => {
  it(`survives ${ITERATIONS} mutations (seed ${SEED})`, async () => {
    let count = 0;
    for (const c of fuzzCases(ITERATIONS, SEED) as Iterable<{ i: number; name: string; path: string; text: string }>) {
      count++;
      let result: Awaited<ReturnType<typeof scan>> | undefined;
      // CPU time of the scan, not wall time: a mutation that sends a reader into a loop or a super-linear
      // path spends CPU; a loaded machine's waiting does not count.
      const cpu = await cpuMsAsync(async () => {
        try {
          result = await scan(new MemorySource({ files: { [c.path]: c.text } }), { plugins: PLUGINS });
        } catch (error) {
          throw new Error(`scan threw on mutation ${c.i} of ${c.name} (seed ${SEED}): ${String(error)}`);
        }
      });
      expect(cpu, `mutation ${c.i} of ${c.name} took too long`).toBeLessThan(10_000);
      if (!result) throw new Error(`no result for mutation ${c.i} of ${c.name}`);
      const lines = c.text.split(/\r\n|\r|\n/).length;
      for (const f of result.findings) {
        if (f.location.path !== c.path) continue;
        expect(
          f.location.line,
          `${f.check} at line ${f.location.line} of a ${lines}-line ${c.name}`,
        ).toBeGreaterThanOrEqual(1);
        expect(f.location.line).toBeLessThanOrEqual(lines + 1);
      }
      expect(() => void JSON.parse(JSON.stringify(result))).not.toThrow();
    }
    expect(count).toBe(ITERATIONS);
  }, 600_000);
});
