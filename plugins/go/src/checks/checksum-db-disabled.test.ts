import { describe, expect, it } from 'vitest';
import { broadPattern } from './checksum-db-disabled.js';

describe('broadPattern (GONOSUMDB/GOPRIVATE globs, path.Match per path element)', () => {
  it('covers a whole public host or everything', () => {
    for (const p of [
      '*',
      '*.com',
      'github.com',
      'github.com/',
      'github.com/*',
      'github.com/*/*',
      'GitHub.com',
      ' gopkg.in ',
    ])
      expect(broadPattern(p), p).toBe(true);
  });
  it('one organisation, a company domain or a subdomain wildcard is the documented use', () => {
    for (const p of [
      'github.com/acme/*',
      'github.com/acme',
      'corp.example.com',
      '*.corp.example.com',
      'github.com/a*',
      '',
    ])
      expect(broadPattern(p), p).toBe(false);
  });
});
