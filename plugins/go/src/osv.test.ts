import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: ['v0.0.0-20200101000000-abcdefabcdef', 'v0.1.0', 'v1.2.0-rc.1', 'v1.2.0', 'v2.0.0+incompatible'],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem Go', () => {
    expect(osv.ecosystem).toBe('Go');
  });

  it('module paths are compared as written', () => {
    expect(osv.normalise).toBeUndefined();
  });
});
