import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: ['1.0.0.pre', '1.0.0.rc1', '1.0.0', '1.0.1', '1.2', '1.10', '2.0.0.beta2', '2.0.0'],
  equal: [['1.0', '1.0.0']],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem RubyGems', () => {
    expect(osv.ecosystem).toBe('RubyGems');
  });

  it('gem names are compared as written', () => {
    expect(osv.normalise).toBeUndefined();
  });
});
