/**
 * The check tester (typescript-eslint's RuleTester, for plugins): `testPlugin(plugin, repoRoot)`
 * in a plugin's test file runs its contract and every case of `corpus/<ecosystem>/`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyPlugin, OsvDescriptor } from '@inert/core';
import { listCases, pluginContractProblems, runCorpusCase, summarize } from '@inert/core/testing';

export interface TestPluginOptions {
  /** Plugins scanned with it in the corpus cases (e.g. the ecosystems whose commands the CI plugin reads). */
  alongside?: readonly AnyPlugin[];
  /**
   * The plugin load's reader table (`READERS` in `load/readers.ts`): every file rule must name one of
   * its readers, and every reader must be named by a rule (no parser the route can never pick).
   */
  readers?: Readonly<Record<string, unknown>>;
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
    const readers = options.readers;
    if (readers)
      it('every file rule names a reader its load knows, and every reader is named by a rule', () => {
        const named = plugin.files.map((rule) => rule.reader);
        expect({
          unknown: plugin.files
            .filter((rule) => rule.reader === undefined || !Object.hasOwn(readers, rule.reader))
            .map((rule) => `${rule.match.join(', ')} → ${rule.reader ?? '(no reader)'}`),
          unnamed: Object.keys(readers).filter((reader) => !named.includes(reader)),
        }).toEqual({ unknown: [], unnamed: [] });
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
        expect({
          missing: outcome.missing,
          unexpected: outcome.unexpected.map(summarize),
          todoNowFound: outcome.todoNowFound,
          clientMismatch: outcome.clientMismatch,
        }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
      });
    }
  });
}

export {
  cpuMs,
  cpuMsAsync,
  expectLinear,
  expectLinearAsync,
  MB,
  measureDoubling,
  repeatTo,
  withQuadratic,
  type LinearMeasurement,
  type LinearOptions,
} from './linear.js';

export interface OsvOrderCases {
  /** Versions in ascending order: every pair must compare as their positions do. */
  ordered: readonly string[];
  /** Different spellings of one version: must compare 0. */
  equal?: readonly (readonly [string, string])[];
  /** Pairs the ordering cannot parse: must compare undefined ("could not compare"). */
  unparsable?: readonly (readonly [string, string])[];
}

/** Registers the tests of a plugin's OSV version ordering (`Plugin.osv.compare`) on real-shaped versions. */
export function testOsvOrder(osv: OsvDescriptor, cases: OsvOrderCases): void {
  describe(`OSV version order (${osv.ecosystem})`, () => {
    it(`orders ${osv.ecosystem} versions`, () => {
      expect(cases.ordered.length).toBeGreaterThan(2);
      for (let i = 0; i < cases.ordered.length; i++) {
        for (let j = 0; j < cases.ordered.length; j++) {
          const [a, b] = [cases.ordered[i]!, cases.ordered[j]!];
          expect([a, b, osv.compare(a, b)]).toEqual([a, b, Math.sign(i - j)]);
        }
      }
    });
    if (cases.equal) {
      it('treats equal spellings as equal', () => {
        for (const [a, b] of cases.equal!) expect([a, b, osv.compare(a, b)]).toEqual([a, b, 0]);
      });
    }
    if (cases.unparsable) {
      it('says "could not compare" for versions it cannot parse', () => {
        for (const [a, b] of cases.unparsable!) expect([a, b, osv.compare(a, b)]).toEqual([a, b, undefined]);
      });
    }
  });
}
