/** Every ecosystem's profile answers all the threat-model questions with sourced facts (issue: the written threat model). */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@inert/core';
import { ECOSYSTEM_PLUGINS } from './plugins.js';

describe('ecosystem profiles', () => {
  it.each(ECOSYSTEM_PLUGINS.map((p) => [p.ecosystem, p]))('%s answers every question with at least one sourced fact', (_eco, plugin) => {
    const missing = QUESTIONS.filter((q) => !(plugin.profile[q.id]?.length)).map((q) => q.id);
    expect(missing).toEqual([]);
    for (const facts of Object.values(plugin.profile)) {
      for (const f of facts ?? []) {
        expect(f.source).toMatch(/^https:\/\//);
        expect(f.fact.length).toBeGreaterThan(20);
      }
    }
  });
});
