import { describe, expect, it } from 'vitest';
import { fitFact, isDottedVersion, type InventoryClient } from '@inert/core';
import { profile } from './profile.js';

const facts = Object.values(profile).flatMap((list) => list ?? []);
const CLIENTS = ['npm', 'pnpm', 'yarn', 'bun'];

describe('npm profile', () => {
  it('says which versions every fact applies to, with machine-readable bounds for one client', () => {
    for (const f of facts) {
      expect(f.versions, f.fact).toMatch(/\S/);
      expect(f.source, f.fact).toMatch(/^https:\/\//);
      if (f.unverified !== undefined) expect(f.unverified, f.fact).toMatch(/\S/);
      if (!f.applies) continue;
      expect(CLIENTS, f.fact).toContain(f.applies.client);
      // Neither bound: every version of that client (reports still know which client the fact is about).
      for (const v of [f.applies.since, f.applies.until])
        if (v !== undefined) expect(isDottedVersion(v) && /^\d+(?:\.\d+)*$/.test(v), `${f.fact}: ${v}`).toBe(true);
    }
  });

  it('fits the checkout clients the loader emits', () => {
    const client = (c: Partial<InventoryClient>): InventoryClient => ({
      ecosystem: 'npm',
      client: 'npm',
      evidence: 'test',
      file: 'package.json',
      ...c,
    });
    const npm12 = facts.find((f) => f.applies?.client === 'npm' && f.applies.since === '12')!;
    const npmOld = facts.find((f) => f.applies?.client === 'npm' && f.applies.until === '12')!;
    expect(fitFact(npm12.applies!, [client({ version: '12.1.0' })]).status).toBe('applies');
    expect(fitFact(npmOld.applies!, [client({ until: '7', file: 'package-lock.json' })]).status).toBe('applies');
    expect(fitFact(npm12.applies!, [client({ since: '7', file: 'package-lock.json' })]).status).toBe('may-apply');
    const berry = facts.find((f) => f.applies?.client === 'yarn' && f.applies.since === '2' && !f.applies.until)!;
    expect(fitFact(berry.applies!, [client({ client: 'yarn', until: '2', file: 'yarn.lock' })]).status).toBe(
      'does-not-apply',
    );
  });
});
