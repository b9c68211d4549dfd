/**
 * Severity from evidence (#26): every severity a plugin check (the CI plugin's included) reports in the corpus is one its
 * metadata documents (the docs page prints the rule), and a corpus case covers each branch of each rule.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { severitiesOf, type CheckMeta } from '@inert/core';
import { listCases, runCorpusCase } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));

describe('severity rules', async () => {
  const checks = new Map<string, CheckMeta>(
    PLUGINS.flatMap((p) => p.checks.map((c: CheckMeta) => [`${p.ecosystem}/${c.id}`, c] as const)),
  );
  // check id → severity → first case that produced it
  const seen = new Map<string, Map<string, string>>();
  const undocumented: string[] = [];
  for (const p of PLUGINS) {
    for (const name of await listCases(corpus + p.ecosystem)) {
      const { result } = await runCorpusCase(PLUGINS, `${corpus}${p.ecosystem}/${name}`);
      for (const f of result.findings) {
        const meta = checks.get(f.check);
        if (!meta) continue;
        if (!severitiesOf(meta).includes(f.severity))
          undocumented.push(`${p.ecosystem}/${name}: ${f.check} ${f.messageId} is ${f.severity}`);
        const bySeverity = seen.get(f.check) ?? new Map<string, string>();
        if (!bySeverity.has(f.severity)) bySeverity.set(f.severity, name);
        seen.set(f.check, bySeverity);
      }
    }
  }

  it('every severity the corpus produces is in the check\u2019s documented rule (or is its one severity)', () => {
    expect(undocumented).toEqual([]);
  });

  it('a corpus case covers each branch of each severity rule', () => {
    const uncovered = [...checks].flatMap(([id, meta]) =>
      (meta.severityRule ?? [])
        .filter((b) => !seen.get(id)?.has(b.severity))
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
