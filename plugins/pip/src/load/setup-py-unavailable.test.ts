/**
 * A Python parser that cannot be loaded or run (a broken installation, a grammar that fails its pin)
 * leaves setup.py unread, which makes the scan incomplete; it is never "opaque" (partly unknown, not a
 * gap) nor a syntax error in the file (docs/decisions/0021).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@inert/syntax', () => ({
  parseSource: () =>
    Promise.resolve({ ok: false, kind: 'unavailable', reason: 'the python grammar could not be loaded' }),
}));

describe('setup.py without a Python parser', () => {
  it('a grammar that could not load: unreadable', async () => {
    const { parseSetupPy } = await import('./setup-py.js');
    const { problems } = await parseSetupPy('from setuptools import setup\nsetup(name="a")\n', 'setup.py');
    expect(problems).toEqual([
      {
        file: 'setup.py',
        kind: 'unreadable',
        reason: 'setup.py could not be parsed: the python grammar could not be loaded',
      },
    ]);
  });

  it('@inert/syntax that could not be imported: unreadable', async () => {
    vi.resetModules();
    vi.doMock('@inert/syntax', () => {
      throw new Error('Cannot find module web-tree-sitter');
    });
    const { parseSetupPy } = await import('./setup-py.js');
    const { problems } = await parseSetupPy('from setuptools import setup\nsetup(name="a")\n', 'setup.py');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'setup.py', kind: 'unreadable' });
    expect(problems[0]!.reason).toMatch(/^no Python syntax tree: @inert\/syntax could not be loaded/);
  });
});
