/**
 * Each plugin's `src/rules.ts` is generated from its checks (`pnpm run docs`, scripts/generate-rules.mjs):
 * a scan reads the rules and loads the checks only when the plugin claims a file (docs/decisions/0029),
 * so a stale rules module would put one text in the report and docs and run another.
 */
import { checksOf, rulesOf } from '@inert/core';
import { describe, expect, it } from 'vitest';
import { PLUGINS } from './plugins.js';

describe('generated rules modules', () => {
  for (const plugin of PLUGINS)
    it(`${plugin.ecosystem}: its rules are its checks' metadata, in order (else run \`pnpm run docs\`)`, async () => {
      expect(plugin.checks, 'the bin loads checks by need').toBeUndefined();
      const checks = await checksOf(plugin);
      const metadata = checks.map((c) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'run')));
      expect(rulesOf(plugin)).toStrictEqual(metadata);
    });

  it('loads a plugin’s checks once and rejects checks that differ from its rules', async () => {
    const [npm] = PLUGINS;
    expect(await checksOf(npm!)).toBe(await checksOf(npm!));
    const loaded = await checksOf(npm!);
    const shuffled = { ...npm!, loadChecks: () => Promise.resolve([...loaded].reverse()) };
    await expect(checksOf(shuffled)).rejects.toThrow(/loaded checks .* differ from its rules/);
    const missing = { ...npm!, loadChecks: () => Promise.reject(new Error('Cannot find module')) };
    await expect(checksOf(missing)).rejects.toThrow(/Cannot find module/);
  });
});
