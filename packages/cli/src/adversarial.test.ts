/**
 * Hostile checkouts (corpus/adversarial): every case scanned with every plugin, in process and under
 * Node's permission model (read access to the case and inert only): it completes, the findings equal
 * expected.json, and nothing outside the root is read (the sandbox would refuse it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cpuMsAsync, listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const committed = join(repo, 'corpus/adversarial');
const generated = mkdtempSync(join(tmpdir(), 'inert-adversarial-'));
// Removing the generated tree (100,000 files) takes seconds on a loaded machine.
afterAll(() => rmSync(generated, { recursive: true, force: true }), 120_000);
const generateModule = (await import(join(committed, 'generate.mjs'))) as {
  generate: (dir: string, o?: { manyFiles?: number }) => string[];
  sizeCases: () => { name: string; incomplete?: unknown }[];
};
const { generate } = generateModule;
const generatedCases = generate(generated, { manyFiles: Number(process.env.INERT_ADVERSARIAL_FILES ?? 100_000) });
const cases = [
  ...(await listCases(committed)).map((c) => join(committed, c)),
  ...generatedCases.map((c) => join(generated, c)),
];

const bin = join(repo, 'packages/cli/bundle/bin.js');
const permissionFlag = Number(process.versions.node.split('.')[0]) >= 22 ? '--permission' : '--experimental-permission';

describe('adversarial corpus', () => {
  it('every size case of sizes.json states whether its scan is incomplete', () => {
    const { sizeCases } = generateModule;
    const sizes = sizeCases();
    expect(sizes.length).toBeGreaterThan(0);
    for (const c of sizes) expect(typeof c.incomplete, c.name).toBe('boolean');
    // Both outcomes are covered, so the assertion below can fail either way.
    expect(new Set(sizes.map((c) => c.incomplete))).toEqual(new Set([true, false]));
  });

  it.each(cases.map((c) => [c.slice(c.lastIndexOf('/') + 1), c]))(
    '%s: completes with exactly the expected findings',
    async (_name, dir) => {
      let outcome!: Awaited<ReturnType<typeof runCorpusCase>>;
      // CPU time, not wall time: a hostile case that loops spends CPU; a loaded machine's waiting does not.
      const cpu = await cpuMsAsync(async () => {
        outcome = await runCorpusCase(PLUGINS, dir);
      });
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize) }).toEqual({
        missing: [],
        unexpected: [],
      });
      expect(cpu).toBeLessThan(60_000);
      if (outcome.expected.incomplete !== undefined)
        expect(outcome.result.incomplete !== undefined, 'result.incomplete').toBe(outcome.expected.incomplete);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // JSON output stays valid JSON whatever the names inside.
      expect(() => void JSON.parse(JSON.stringify(outcome.result))).not.toThrow();
    },
  );

  it.each(cases.map((c) => [c.slice(c.lastIndexOf('/') + 1), c]))(
    '%s: same findings under the permission model',
    async (_name, dir) => {
      expect(existsSync(bin), 'run "pnpm build" first').toBe(true);
      const grants = ['packages', 'plugins', 'node_modules'].map((d) => `--allow-fs-read=${join(repo, d)}`);
      const child = spawnSync(
        process.execPath,
        [
          permissionFlag,
          ...grants,
          `--allow-fs-read=${dir}`,
          '--no-warnings',
          bin,
          'scan',
          dir,
          '--format',
          'json',
          '--untrusted',
        ],
        { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 },
      );
      // Cases that hit a limit are incomplete scans: the CLI says so on stderr (and exits 3), nothing else.
      expect(child.stderr).toMatch(/^(inert: scan incomplete: [^\n]*\n)?$/);
      const sandboxed = JSON.parse(child.stdout) as {
        findings: { check: string; severity: string; location: { path: string; line: number } }[];
        incomplete?: unknown[];
      };
      const direct = await runCorpusCase(PLUGINS, dir);
      const { incomplete } = direct.expected;
      if (incomplete !== undefined) {
        // The JSON says so; the exit code is 3 (said on stderr too) unless a finding at the default
        // --fail-on (high) makes it 1 (docs/cli.md, exit codes).
        const failing = sandboxed.findings.some((f) => f.severity === 'high' || f.severity === 'critical');
        expect({
          json: sandboxed.incomplete !== undefined && sandboxed.incomplete.length > 0,
          stderr: child.stderr.includes('scan incomplete'),
          exit: child.status,
        }).toEqual({ json: incomplete, stderr: incomplete && !failing, exit: failing ? 1 : incomplete ? 3 : 0 });
      }
      const key = (f: { check: string; location: { path: string; line: number } }) =>
        `${f.check} ${f.location.path}:${f.location.line}`;
      // The sandboxed run scans expected.json too (no ignore): compare findings outside it.
      expect(
        sandboxed.findings
          .filter((f) => f.location.path !== 'expected.json')
          .map(key)
          .sort(),
      ).toEqual(direct.result.findings.map(key).sort());
    },
  );
});
