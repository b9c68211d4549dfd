import { describe, expect, it } from 'vitest';
import { scalarText } from './scalar.js';

describe('scalarText', () => {
  it('gives the text of scalars and nothing for tables, lists and null', () => {
    expect([scalarText('3'), scalarText(3), scalarText(true), scalarText(10n)]).toEqual(['3', '3', 'true', '10']);
    expect([scalarText({ a: 1 }), scalarText([3]), scalarText(null), scalarText(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
