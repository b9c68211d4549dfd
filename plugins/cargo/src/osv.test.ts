import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: ['0.1.0', '0.1.1', '0.2.0-pre.1', '0.2.0', '1.0.0'],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem crates.io', () => {
    expect(osv.ecosystem).toBe('crates.io');
  });

  it('normalises names as crates.io compares them (case, - and _)', () => {
    expect(osv.normalise!('Evil_Crate')).toBe('evil-crate');
  });
});
