/**
 * corpus/adversarial/cli-cases.mjs through the CLI: the tree's own config cannot hide findings or
 * get a link or FIFO opened, and a scan that read nothing or not everything never exits 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cpuMsAsync } from '@inert/core/testing';
import { runCaptured } from './captured.js';

type Case = {
  name: string;
  description: string;
  argv: string[];
  exit: number;
  stderr?: string;
  stdout?: string;
  suppressed?: { check: string; path: string; reason: string }[];
};
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const { cliCases } = (await import(join(repo, 'corpus/adversarial/cli-cases.mjs'))) as {
  cliCases: (target: string) => Case[];
};
const tmp = mkdtempSync(join(tmpdir(), 'inert-cli-cases-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[]) {
  return runCaptured(argv, tmp);
}

describe('adversarial CLI cases', () => {
  it.each(cliCases(tmp).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let r = { code: 0, stdout: '', stderr: '' };
    // CPU time, not wall time: a case that loops or grows super-linearly spends CPU, while waiting for a
    // core on a loaded machine (load 10 on 2 shared cores) does not count.
    const cpu = await cpuMsAsync(async () => {
      r = await run(c.argv);
    });
    expect(r.code).toBe(c.exit);
    if (c.stderr) expect(r.stderr).toContain(c.stderr);
    if (c.stdout) expect(r.stdout).toContain(c.stdout);
    expect(r.stderr).not.toMatch(/root:x:0:0/);
    for (const s of c.suppressed ?? []) {
      const found = (
        JSON.parse(r.stdout) as {
          findings: { check: string; location: { path: string }; suppressed?: { reason: string } }[];
        }
      ).findings.find((f) => f.check === s.check && f.location.path === s.path);
      expect(found?.suppressed?.reason).toContain(s.reason);
    }
    expect(cpu).toBeLessThan(10_000);
  });
});
