/** Every ecosystem's profile answers all the threat-model questions with sourced facts (issue: the written threat model). */
import { describe, expect, it } from 'vitest';
import { isDottedVersion, QUESTIONS } from '@inert/core';
import { ECOSYSTEM_PLUGINS, PLUGINS } from './plugins.js';

describe('ecosystem profiles', () => {
  it.each(ECOSYSTEM_PLUGINS.map((p) => [p.ecosystem, p]))(
    '%s answers every question with at least one sourced fact',
    (_eco, plugin) => {
      const missing = QUESTIONS.filter((q) => !plugin.profile[q.id]?.length).map((q) => q.id);
      expect(missing).toEqual([]);
      for (const facts of Object.values(plugin.profile)) {
        for (const f of facts ?? []) {
          expect(f.source).toMatch(/^https:\/\//);
          expect(f.fact.length).toBeGreaterThan(20);
        }
      }
    },
  );

  it.each(PLUGINS.map((p) => [p.ecosystem, p]))(
    '%s says which client or registry versions each fact applies to',
    (_eco, plugin) => {
      const facts = Object.values(plugin.profile).flatMap((list) => list ?? []);
      expect(facts.filter((f) => !f.versions?.trim()).map((f) => f.fact)).toEqual([]);
      for (const f of facts) {
        if (f.unverified !== undefined) expect(f.unverified.length, f.fact).toBeGreaterThan(10);
        if (!f.applies) continue;
        expect(f.applies.client, f.fact).toMatch(/^[a-z][a-z0-9-]*$/);
        for (const bound of [f.applies.since, f.applies.until])
          if (bound !== undefined)
            expect(isDottedVersion(bound) && /^\d+(?:\.\d+)*$/.test(bound), `${f.fact}: ${bound}`).toBe(true);
      }
    },
  );
});
