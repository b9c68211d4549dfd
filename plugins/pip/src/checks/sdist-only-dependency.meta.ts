/** The metadata of pip/sdist-only-dependency: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const sdistOnlyDependencyMeta = {
  id: 'sdist-only-dependency',
  question: 'install-time-execution',
  title: 'A locked package has only a source distribution, so installing it runs its build code',
  description:
    'Wheels are unpacked without running package code; a source distribution is built through its PEP 517 backend (setup.py, build hooks, compilers), which runs arbitrary code as the installing user. When a poetry.lock, uv.lock or pdm.lock lists only sdists for a registry package, every install builds it. Pipfile.lock records hashes without file names, so it cannot tell and is not reported.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    sdistOnly:
      '{name}@{version} is locked with source distributions only ({files}): installing it runs its build backend',
  },
  remediation:
    'Prefer a version that publishes wheels, build the wheel once in a controlled job and install it from there, or install with `--only-binary :all:` (uv `no-build`, Poetry `installer.only-binary`) so a build fails instead of running.',
  limitations:
    'A lock that lists wheels for other platforms only still counts as having wheels; packages built from git or paths are reported by direct-url-dependency instead.',
  reads: ['lockfile'],
  examples: { bad: ['sdist-only-dependency--uv-lock'], good: ['clean--uv-project-locked'] },
  since: 'next',
} as const satisfies CheckMeta;
