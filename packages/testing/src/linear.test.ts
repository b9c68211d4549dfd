import { describe, expect, it } from 'vitest';
import { cpuMs, expectLinear, measureDoubling } from './linear.js';

/** CPU work proportional to `units` (a loop the JIT cannot drop). */
function spin(units: number): number {
  let x = 0;
  for (let i = 0; i < units; i++) x = (x + i) | 0;
  return x;
}

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

  it('still fails it when every re-measurement is taken at a larger size', () => {
    const quadratic = (s: string) => /a+b/.test(s);
    let error: unknown;
    try {
      expectLinear(quadratic, (n) => 'a'.repeat(n), { start: 1 << 9, minMs: 1, runs: 2 });
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/not linear: .* in 3 measurements/);
    // n, 2n and 4n: each later measurement started at twice the size.
    const sizes = [...String(error).matchAll(/n=(\d+):/g)].map((m) => Number(m[1]));
    expect(sizes).toEqual([sizes[0], sizes[0]! * 2, sizes[0]! * 4]);
  });

  it('passes a linear reader with a one-off step between n and 4n (a heap step), which a re-measurement at the same size failed every time', () => {
    // Linear on both sides of `step`; x16 the cost per unit past it, like a reader whose live objects
    // outgrow V8's young generation.
    const unit = 1 << 18;
    const step = 2 * unit + 1;
    const reader = (n: number) => spin(n >= step ? 16 * n : n);
    const options = { start: unit, minMs: 0, runs: 3 };
    expect(cpuMs(() => reader(4 * unit))).toBeGreaterThan(cpuMs(() => reader(unit)));
    expect(measureDoubling(reader, (n) => n, options).ratio).toBeGreaterThan(3);
    expect(() => expectLinear(reader, (n) => n, { ...options, maxSize: unit })).toThrow(/not linear/);
    expect(expectLinear(reader, (n) => n, options)).toMatchObject({ size: 4 * unit });
  });
});
