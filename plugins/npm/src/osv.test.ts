import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: [
    '0.0.1',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.2.3',
    '1.10.0',
    '10.0.0',
  ],
  unparsable: [['latest', '1.0.0']],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem npm', () => {
    expect(osv.ecosystem).toBe('npm');
  });

  it('names are compared as written', () => {
    expect(osv.normalise).toBeUndefined();
  });
});
