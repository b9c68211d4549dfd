import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: ['1.0-alpha-1', '1.0-beta', '1.0-rc1', '1.0-SNAPSHOT', '1.0', '1.0-sp1', '1.0.1', '1.1', '2.0'],
  equal: [['1.0', '1.0.0']],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem Maven', () => {
    expect(osv.ecosystem).toBe('Maven');
  });

  it('coordinates are compared as written', () => {
    expect(osv.normalise).toBeUndefined();
  });
});
