/** The files the pip plugin claims. https://pip.pypa.io/en/stable/reference/requirements-file-format/ */
import type { FileRule } from '@inert/core';

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

/** The pip plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type PipReader =
  | 'requirements'
  | 'pyproject'
  | 'setup-cfg'
  | 'pipfile'
  | 'setup-py'
  | 'poetry-lock'
  | 'uv-lock'
  | 'pdm-lock'
  | 'pipfile-lock'
  | 'pip-conf'
  | 'uv-toml'
  | 'pypirc';

export const files: readonly (FileRule & { reader: PipReader })[] = [
  {
    kind: 'manifest',
    reader: 'requirements',
    match: [...REQUIREMENTS_GLOBS],
    description: 'pip requirements and constraints files (with -r/-c includes, --hash, index options)',
  },
  {
    kind: 'manifest',
    reader: 'pyproject',
    match: ['pyproject.toml'],
    description: 'PEP 518/621 project file: build-system, dependencies, tool.poetry / tool.uv / tool.pdm',
  },
  {
    kind: 'manifest',
    reader: 'setup-cfg',
    match: ['setup.cfg'],
    description: 'setuptools declarative config: install_requires, setup_requires',
  },
  { kind: 'manifest', reader: 'pipfile', match: ['Pipfile'], description: 'Pipenv manifest: sources and packages' },
  {
    kind: 'build-script',
    reader: 'setup-py',
    match: ['setup.py'],
    description: 'setuptools build script: a Python program run to get metadata and to build',
  },
  { kind: 'lockfile', reader: 'poetry-lock', match: ['poetry.lock'], description: 'Poetry lockfile' },
  { kind: 'lockfile', reader: 'uv-lock', match: ['uv.lock'], description: 'uv lockfile' },
  { kind: 'lockfile', reader: 'pdm-lock', match: ['pdm.lock'], description: 'PDM lockfile' },
  { kind: 'lockfile', reader: 'pipfile-lock', match: ['Pipfile.lock'], description: 'Pipenv lockfile (JSON)' },
  {
    kind: 'client-config',
    reader: 'pip-conf',
    match: ['pip.conf', 'pip.ini'],
    description: 'pip client config committed in the tree',
  },
  {
    kind: 'client-config',
    reader: 'uv-toml',
    match: ['uv.toml'],
    description: 'uv client config committed in the tree',
  },
  {
    kind: 'credentials',
    reader: 'pypirc',
    match: ['.pypirc'],
    description: 'upload credentials for twine and other publishers',
  },
];
