/** The metadata of pip/setup-py: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const setupPyMeta = {
  id: 'setup-py',
  question: 'pre-install-execution',
  title: 'A setup.py runs as a program whenever the project is built or installed from source',
  description:
    'setuptools executes `setup.py` to produce metadata and to build, so anyone who runs `pip install .`, `pip install -e .`, `uv sync`, `poetry install`, or builds an sdist of this project runs its code. Without a `[build-system]` table in pyproject.toml, pip, uv and build fall back to setuptools\u2019 legacy backend, which always runs it. With a non-setuptools backend (flit, hatchling, poetry-core, pdm-backend …) the file is usually a leftover shim and is reported at info.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'setup.py runs without a `[build-system]` table (legacy) or under a setuptools backend: pip executes it to build or install',
    },
    { severity: 'info', when: 'another backend is declared and setup.py is only a shim kept for old tools' },
  ],
  confidence: 'high',
  messages: {
    legacy:
      '{path} is executed by setuptools\u2019 legacy backend (no [build-system] in pyproject.toml): building or installing this project runs it',
    setuptools:
      '{path} is executed by the setuptools backend declared in pyproject.toml when this project is built or installed',
    shim: '{path} exists but pyproject.toml names another build backend ({backend}); the file is not run by that backend',
  },
  remediation:
    'Move metadata to `[project]` in pyproject.toml with a declarative backend, or keep setup.py minimal and free of side effects; review it like any code that runs on install.',
  limitations:
    'Custom backends that import setup.py themselves are not recognised; setup.py files of dependencies are not visible (their sdists are not in the checkout).',
  reads: ['build-script', 'manifest'],
  examples: {
    bad: ['setup-py--legacy-no-build-system', 'setup-py-dangerous-call--module-level'],
    good: ['clean--pyproject-hatchling'],
  },
  since: 'next',
} as const satisfies CheckMeta;
