/** The files the pip plugin claims. https://pip.pypa.io/en/stable/reference/requirements-file-format/ */
import type { FileRule } from '@inert/core';

export const LOCK_NAMES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock'] as const;

/** Requirements-file globs; `-r`/`-c` includes resolve only among files claimed by these. */
export const REQUIREMENTS_GLOBS = [
  'requirements*.txt',
  'requirements*.in',
  '*-requirements.txt',
  '*_requirements.txt',
  'requirements/*.txt',
  'requirements/*.in',
  'constraints*.txt',
  'constraints*.in',
  'constraints/*.txt',
] as const;

export const files: readonly FileRule[] = [
  {
    kind: 'manifest',
    match: [...REQUIREMENTS_GLOBS],
    description: 'pip requirements and constraints files (with -r/-c includes, --hash, index options)',
  },
  {
    kind: 'manifest',
    match: ['pyproject.toml'],
    description: 'PEP 518/621 project file: build-system, dependencies, tool.poetry / tool.uv / tool.pdm',
  },
  {
    kind: 'manifest',
    match: ['setup.cfg'],
    description: 'setuptools declarative config: install_requires, setup_requires',
  },
  { kind: 'manifest', match: ['Pipfile'], description: 'Pipenv manifest: sources and packages' },
  {
    kind: 'build-script',
    match: ['setup.py'],
    description: 'setuptools build script: a Python program run to get metadata and to build',
  },
  { kind: 'lockfile', match: [...LOCK_NAMES], description: 'Poetry, uv, PDM and Pipenv lockfiles' },
  {
    kind: 'client-config',
    match: ['pip.conf', 'pip.ini', 'uv.toml'],
    description: 'pip and uv client config committed in the tree',
  },
  { kind: 'credentials', match: ['.pypirc'], description: 'upload credentials for twine and other publishers' },
];
