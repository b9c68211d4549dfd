import { describe, expect, it } from 'vitest';
import { expectLinear, measureDoubling } from './linear.js';

describe('expectLinear', () => {
  it('passes a one-pass scan', () => {
    const m = expectLinear(
      (s: string) => s.indexOf('!'),
      (n) => 'a'.repeat(n),
    );
    expect(m.ratio).toBeLessThanOrEqual(3);
  });

  it('fails a regex that backtracks quadratically, the class it guards against', () => {
    // `a+b` tried at every start of a run of `a`s with no `b`: n + (n-1) + … steps.
    const quadratic = (s: string) => /a+b/.test(s);
    const small = { start: 1 << 10, minMs: 2, runs: 3 };
    expect(measureDoubling(quadratic, (n) => 'a'.repeat(n), small).ratio).toBeGreaterThan(3);
    expect(() => expectLinear(quadratic, (n) => 'a'.repeat(n), { ...small, attempts: 1 })).toThrow(/not linear/);
  });
});
