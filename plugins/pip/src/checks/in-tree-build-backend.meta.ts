/** The metadata of pip/in-tree-build-backend: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const inTreeBuildBackendMeta = {
  id: 'in-tree-build-backend',
  question: 'pre-install-execution',
  title: 'The build backend is loaded from a directory in the checkout',
  description:
    '`[build-system] backend-path` prepends directories of the source tree to `sys.path` before the frontend imports `build-backend` (PEP 517), so building or installing the project runs code from the checkout itself rather than a published backend. PEP 517 requires these paths to stay inside the source tree; a path with `..` or an absolute path points elsewhere and is reported at high.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: '`backend-path` points outside the project (absolute or `..`): the build runs code from elsewhere on the machine',
    },
    {
      severity: 'medium',
      when: '`backend-path` points inside the project: pip imports the project’s own code as the build backend',
    },
  ],
  confidence: 'high',
  messages: {
    inTree:
      'backend-path {paths} makes the build import {backend} from the checkout: building runs this repository\u2019s code',
    escapes:
      'backend-path entry {entry} leaves the source tree (PEP 517 forbids it): the backend would be imported from outside the checkout',
  },
  remediation:
    'Use a published build backend pinned in `build-system.requires`, or review the in-tree backend as build code (it runs on every build of the project).',
  limitations: 'The backend module itself is not analysed; symlinked directories are not resolved.',
  reads: ['manifest'],
  examples: { bad: ['in-tree-build-backend--backend-path'], good: ['clean--pyproject-hatchling'] },
  since: 'next',
} as const satisfies CheckMeta;
