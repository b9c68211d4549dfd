import { describe, expect, it } from 'vitest';
import { isDottedVersion } from '@inert/core';
import { profile } from './profile.js';

const CLIENTS = new Set(['pip', 'setuptools', 'poetry', 'uv', 'pdm', 'pipenv']);

describe('pip profile', () => {
  const facts = Object.values(profile).flat();

  it('every fact says which versions it applies to', () => {
    for (const f of facts) expect(f.versions, f.fact).toMatch(/\S/);
  });

  it('applies ranges name a client the inventory uses and dotted bounds', () => {
    for (const f of facts.filter((x) => x.applies)) {
      expect(CLIENTS.has(f.applies!.client), f.fact).toBe(true);
      for (const v of [f.applies!.since, f.applies!.until])
        if (v !== undefined) expect(isDottedVersion(v) && /^\d+(?:\.\d+)*$/.test(v), v).toBe(true);
    }
  });
});
