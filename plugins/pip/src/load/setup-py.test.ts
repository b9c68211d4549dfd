import { describe, expect, it } from 'vitest';
import { parseSetupPy } from './setup-py.js';

// No skip: @inert/syntax and its grammar WASM are in the repository, so a missing parser is a failure
// (parseSetupPy then reports the file opaque and the first assertion below fails, naming why).
describe('setup.py through the syntax tree', () => {
  it('reads literal install_requires and the setup() line', async () => {
    const { setup, problems } = await parseSetupPy(
      'from setuptools import setup\n\nsetup(\n    name="x",\n    install_requires=["attrs>=23", "six==1.16.0"],\n)\n',
      'setup.py',
    );
    expect(problems).toEqual([]);
    expect(setup.setupLine).toBe(3);
    expect(setup.requires.map((r) => [r.name, r.line])).toEqual([
      ['attrs', 5],
      ['six', 5],
    ]);
    expect(setup.readable).toBe(true);
  });

  it('names computed facts instead of guessing them', async () => {
    const text =
      'from setuptools import setup\nreqs = [l for l in open("r.txt")]\nsetup(name="x", version=get_version(), install_requires=reqs)\n';
    const { problems } = await parseSetupPy(text, 'setup.py');
    expect(problems).toMatchObject([{ kind: 'opaque', line: 3, facts: ['version', 'install_requires'] }]);
  });

  it('resolves import aliases for dangerous calls and tells cmdclass from module level', async () => {
    const text =
      'from subprocess import check_call as cc\nimport os as o\nfrom setuptools import setup\ncc(["make"])\nclass B:\n    def run(self):\n        o.system("x")\nsetup()\n';
    const { setup } = await parseSetupPy(text, 'setup.py');
    expect(setup.calls.map((c) => [c.call, c.line, c.where, c.benign])).toEqual([
      ['subprocess.check_call', 4, 'module', false],
      ['os.system', 7, 'cmdclass', false],
    ]);
  });

  it('reports no setup() call as opaque and survives garbage', async () => {
    expect((await parseSetupPy('import os\n', 'setup.py')).problems[0]?.facts).toEqual(['setup() call']);
    const hostile = await parseSetupPy('('.repeat(50_000) + '\0\uffff', 'setup.py');
    expect(hostile.setup.calls).toEqual([]);
  });

  // @inert/syntax's callName reads the callee from the tree, as Python does: spacing, comments and line
  // continuations inside `os . system` no longer hide the call (the old text match refused them).
  it('reads a callee split by spaces, comments or a line continuation', async () => {
    const text =
      'import os, subprocess\nfrom setuptools import setup\nos . system("a")\nos.\\\n  system("b")\n' +
      'subprocess.check_call(  # tag\n    ["git", "describe"])\nsetup(name="x")\n';
    const { setup, problems } = await parseSetupPy(text, 'setup.py');
    expect(problems).toEqual([]);
    expect(setup.calls.map((c) => [c.call, c.line, c.benign])).toEqual([
      ['os.system', 3, false],
      ['os.system', 4, false],
      ['subprocess.check_call', 6, true],
    ]);
  });

  // Stricter than @inert/syntax's stringValue on purpose: a fact is read only where the text shows it.
  it('reads r and u strings, and names concatenated, escaped and byte strings as computed', async () => {
    const plain = await parseSetupPy(
      "from setuptools import setup\nsetup(name=r\"x\", version=U'1.0', install_requires=['''attrs'''])\n",
      'setup.py',
    );
    expect(plain.problems).toEqual([]);
    expect(plain.setup.requires.map((r) => r.name)).toEqual(['attrs']);
    const { problems } = await parseSetupPy(
      'from setuptools import setup\nsetup(name="a" "b", version="1\\x2e0", install_requires=[b"attrs"])\n',
      'setup.py',
    );
    expect(problems).toMatchObject([{ kind: 'opaque', line: 2, facts: ['name', 'version', 'install_requires'] }]);
  });
});
