import { describe, expect, it } from 'vitest';
import { looksLinear } from './growth.js';

describe('looksLinear', () => {
  it('passes x4 and a GC-inflated x9.2, fails a quadratic x16 even when the small run takes 1 ms', () => {
    expect(looksLinear({ small: 1.4, large: 5.6 })).toBe(true);
    expect(looksLinear({ small: 1.49, large: 13.69 })).toBe(true);
    expect(looksLinear({ small: 1, large: 16 })).toBe(false);
    // The old 50 ms slack passed this quadratic: 16 < 10 + 50.
    expect(looksLinear({ small: 6.9, large: 16 * 6.9 })).toBe(false);
  });
});
