/**
 * The check tester (typescript-eslint's RuleTester, for plugins): `testPlugin(plugin, repoRoot)`
 * in a plugin's test file runs its contract and every case of `corpus/<ecosystem>/`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyPlugin } from '@inert/core';
import { listCases, pluginContractProblems, runCorpusCase, summarize } from '@inert/core/testing';

export interface TestPluginOptions {
  /** Plugins scanned with it in the corpus cases (e.g. the ecosystems whose commands the CI plugin reads). */
  alongside?: readonly AnyPlugin[];
}

/**
 * Registers the plugin's tests: the contract (check list, check files, corpus examples and message
 * ids agree) and one test per corpus case, which must produce exactly its `expected.json`.
 */
export function testPlugin(plugin: AnyPlugin, repoRoot: URL, options: TestPluginOptions = {}): void {
  const eco = plugin.ecosystem;
  const pluginDir = fileURLToPath(new URL(`plugins/${eco}`, repoRoot));
  const corpusDir = fileURLToPath(new URL(`corpus/${eco}/`, repoRoot));

  describe(`${eco} plugin contract`, () => {
    it('check list, check files, corpus examples and message ids agree', async () => {
      expect(await pluginContractProblems(plugin, { pluginDir, corpusDir })).toEqual([]);
    });
  });

  describe(`corpus/${eco}`, async () => {
    const cases = await listCases(corpusDir);
    it('has cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const name of cases) {
      it(name, async () => {
        const outcome = await runCorpusCase([plugin, ...(options.alongside ?? [])], corpusDir + name);
        expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
      });
    }
  });
}

export { expectLinear, MB, measureDoubling, repeatTo, type LinearMeasurement, type LinearOptions } from './linear.js';
