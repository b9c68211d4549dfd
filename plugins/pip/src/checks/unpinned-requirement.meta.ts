/** The metadata of pip/unpinned-requirement: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const unpinnedRequirementMeta = {
  id: 'unpinned-requirement',
  question: 'lockfile-integrity',
  title: 'A requirement in an installed requirements file is not pinned to one version',
  description:
    'A requirements file that is installed as is (`pip install -r requirements.txt`) with ranges or bare names resolves to whatever the index offers on the day: a newly published (or compromised) release is picked up without review. pip-compile inputs (`*.in`) and constraints files are not installed directly and are not reported.',
  severity: 'low',
  confidence: 'medium',
  messages: {
    unpinned: '{name} is not pinned with == ({spec}): each install takes the newest matching release',
  },
  remediation:
    'Compile the file from a `.in` input with `pip-compile --generate-hashes` or `uv pip compile`, or use a project lockfile.',
  limitations:
    'inert cannot tell whether the file is installed from CI or only read by a tool; editable installs of the project itself (`-e .`) and URL requirements are left to other checks.',
  reads: ['manifest'],
  examples: { bad: ['unpinned-requirement--ranges'], good: ['clean--requirements-hashed'] },
  since: 'next',
} as const satisfies CheckMeta;
