/** The library as a user sees it: a separate strict project imports `inert`, `@inert/core` and a plugin by name, type-checks against the built declarations, and runs. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('consumer project (test/consumer)', () => {
  it('type-checks against the published declarations and scans memory, a tarball and a directory', async () => {
    const tsc = spawnSync(
      process.execPath,
      [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/test/consumer/tsconfig.json`],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    const { main } = (await import(pathToFileURL(`${root}/node_modules/.inert-consumer/consumer.js`).href)) as {
      main: (dir: string) => Promise<{
        memory: { check: string }[];
        streamed: string[];
        tarball: { check: string }[];
        directory: { findings: unknown[] };
        sarifRules: number;
      }>;
    };
    const out = await main(`${root}/corpus/npm/install-scripts--transitive-lockfile-v3`);
    expect(out.memory.map((f) => f.check)).toEqual(['npm/install-scripts']);
    expect(out.streamed).toEqual(['npm/install-scripts']);
    expect(out.tarball.map((f) => f.check)).toEqual(['npm/root-install-scripts']);
    expect(out.directory.findings.length).toBeGreaterThan(0);
    expect(out.sarifRules).toBeGreaterThan(50);
  });
});
