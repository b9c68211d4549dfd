/**
 * Severity from evidence (#26): every severity a check reports in the corpus — a plugin's (the CI plugin's included), the
 * core's own (`core/*`) and the OSV checks the core adds per ecosystem (`<eco>/known-malicious-version`) — is one its
 * metadata documents (the docs page prints the rule), and a corpus case covers each branch of each rule.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue, severitiesOf, type CheckMeta } from '@inert/core';
import { listCases, runCorpusCase } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));

describe('severity rules', async () => {
  const all = catalogue(PLUGINS);
  const checks = new Map<string, CheckMeta>(all.map((c) => [c.qualifiedId, c.meta] as const));
  // Every corpus folder a check's examples live in: each ecosystem's, `core` and `osv`.
  const groups = [...new Set(all.map((c) => c.corpusGroup))];
  // The OSV checks are one core implementation per ecosystem: a branch (`could-not-compare`) is covered once for all of
  // them (which versions an ecosystem's ordering cannot parse is its `testOsvOrder` cases' business).
  const osv = new Set(all.filter((c) => c.corpusGroup === 'osv').map((c) => c.qualifiedId));
  const branchKey = (id: string): string => (osv.has(id) ? `osv/${id.slice(id.indexOf('/') + 1)}` : id);
  // check id (branchKey) → severity → first case that produced it
  const seen = new Map<string, Map<string, string>>();
  const undocumented: string[] = [];
  for (const group of groups) {
    for (const name of await listCases(corpus + group)) {
      const { result } = await runCorpusCase(PLUGINS, `${corpus}${group}/${name}`);
      for (const f of result.findings) {
        const meta = checks.get(f.check);
        if (!meta) {
          undocumented.push(`${group}/${name}: ${f.check} is in no catalogue`);
          continue;
        }
        if (!severitiesOf(meta).includes(f.severity))
          undocumented.push(`${group}/${name}: ${f.check} ${f.messageId} is ${f.severity}`);
        const bySeverity = seen.get(branchKey(f.check)) ?? new Map<string, string>();
        if (!bySeverity.has(f.severity)) bySeverity.set(f.severity, name);
        seen.set(branchKey(f.check), bySeverity);
      }
    }
  }

  it('covers the core’s checks and the OSV checks, not only the plugins’', () => {
    expect(groups).toEqual(expect.arrayContaining(['core', 'osv', 'npm', 'ci']));
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['core/unparsed-file', 'osv/known-malicious-version']));
  });

  it('every severity the corpus produces is in the check\u2019s documented rule (or is its one severity)', () => {
    expect(undocumented).toEqual([]);
  });

  it('a corpus case covers each branch of each severity rule', () => {
    const uncovered = [...checks].flatMap(([id, meta]) =>
      (meta.severityRule ?? [])
        .filter((b) => !seen.get(branchKey(id))?.has(b.severity))
        .map((b) => `${id} ${b.severity}: ${b.when}`),
    );
    expect(uncovered).toEqual([]);
  });

  it('a rule lists each severity once, most severe first, and includes the default', () => {
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    for (const [id, meta] of checks) {
      if (!meta.severityRule) continue;
      const sev = meta.severityRule.map((b) => b.severity);
      expect(sev, id).toEqual([...new Set(sev)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(sev.length, id).toBeGreaterThan(1);
      expect(sev, id).toContain(meta.severity);
    }
  });
});
