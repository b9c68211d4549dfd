/**
 * A grammar that cannot be loaded or run leaves the file unread (the scan is then incomplete), never
 * a file with no facts (docs/decisions/0021).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@inert/syntax', async (original) => ({
  ...(await original<typeof import('@inert/syntax')>()),
  parseSource: () => Promise.resolve({ ok: false, kind: 'unavailable', reason: 'the grammar could not be loaded' }),
}));

describe('without a grammar', () => {
  it('the file is unreadable', async () => {
    const { parseRuby } = await import('./ruby.js');
    const { problems } = await parseRuby('source "https://rubygems.org"\ngem "rails"\n', 'Gemfile', '', 'gemfile');
    expect(problems).toEqual([{ file: 'Gemfile', kind: 'unreadable', reason: 'the grammar could not be loaded' }]);
  });
});
