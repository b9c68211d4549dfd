/**
 * A Python parser that cannot be loaded or run (a broken installation, a grammar that fails its pin)
 * leaves setup.py unread, which makes the scan incomplete; it is never "opaque" (partly unknown, not a
 * gap) nor a syntax error in the file (docs/decisions/0021).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@inert/syntax', async (original) => ({
  ...(await original<typeof import('@inert/syntax')>()),
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

  // The setup.py reader imports @inert/syntax statically, as the gem and Gradle readers do (its
  // web-tree-sitter runtime and grammars load on the first parse, the case above). A package that
  // cannot be imported at all fails the import of pip's reader, which the scan turns into an
  // `unreadable` problem for each file the plugin claimed (core's isolatedLoad): the error must pass on.
  it('@inert/syntax that could not be imported: the reader fails to load, and says why', async () => {
    vi.resetModules();
    vi.doMock('@inert/syntax', () => {
      throw new Error('Cannot find module web-tree-sitter');
    });
    const error = await import('./setup-py.js').then(
      () => undefined,
      (e: unknown) => e,
    );
    // vitest wraps a failing mock factory's error; the original is its cause.
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).cause ?? error)).toMatch(/Cannot find module web-tree-sitter/);
  });
});
