import { describe, expect, it } from 'vitest';
import { testOsvOrder } from '@inert/testing';
import { osv } from './osv.js';

// The ordering cases the core's versions.test.ts held for this ecosystem before the descriptor moved here (#24.1).
testOsvOrder(osv, {
  ordered: ['1.0.dev0', '1.0a1', '1.0a2.dev1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0.post1', '1.0.1', '1.1', '2!0.5'],
  equal: [['1.0', '1.0.0']],
  unparsable: [['not a version', '1.0']],
});

describe('OSV descriptor', () => {
  it('names the OSV ecosystem PyPI', () => {
    expect(osv.ecosystem).toBe('PyPI');
  });

  it('normalises names as PEP 503 does', () => {
    expect(osv.normalise!('Req_Uests')).toBe('req-uests');
    expect(osv.normalise!('req.uests')).toBe('req-uests');
    expect(osv.normalise!('Foo__Bar-.baz')).toBe('foo-bar-baz');
  });
});
