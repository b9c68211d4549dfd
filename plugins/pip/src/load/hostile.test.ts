import { describe, expect, it } from 'vitest';
import { parseIni } from './ini.js';
import { parseLock } from './locks.js';
import { parseRequirements } from './requirements.js';
import { parseTomlProject } from './toml-project.js';

const inputs = [
  '',
  '\0\0\0',
  '['.repeat(5000),
  '{'.repeat(5000),
  'a = [' + '['.repeat(3000),
  '\\\n'.repeat(5000),
  '-r -r -r\n-c\n--hash\n@\n',
  '[[package]]\nname = 1\nfiles = "x"\n',
  '[[package]]\nname = "a"\nsource = "registry"\nwheels = {}\n',
  '{"default": {"a": 1, "__proto__": {"hashes": 1}}}',
  '[project]\ndependencies = "not-a-list"\n[tool.poetry.dependencies]\nx = [1, {git = 2}]\n[[tool.uv.index]]\n',
  '[section\nkey\n  more\n',
];

describe('loaders survive hostile input', () => {
  it.each(inputs.map((t, i) => [i, t] as const))('input %i', (_i, text) => {
    for (const path of ['requirements.txt', 'pip.conf', '.pypirc']) {
      const r = path === 'requirements.txt' ? parseRequirements(text, path) : parseIni(text, path);
      expect(typeof r.ok).toBe('boolean');
    }
    for (const [path, kind] of [
      ['pyproject.toml', 'pyproject'],
      ['Pipfile', 'Pipfile'],
      ['uv.toml', 'uv.toml'],
    ] as const)
      expect(typeof parseTomlProject(text, path, kind).ok).toBe('boolean');
    for (const [path, tool] of [
      ['uv.lock', 'uv'],
      ['poetry.lock', 'poetry'],
      ['pdm.lock', 'pdm'],
      ['Pipfile.lock', 'pipenv'],
    ] as const)
      expect(typeof parseLock(text, path, tool).ok).toBe('boolean');
  });
});
