/** The metadata of go/replace-to-other-module: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const replaceToOtherModuleMeta = {
  id: 'replace-to-other-module',
  question: 'name-identity',
  title: 'A module is replaced by a different module',
  description:
    'A `replace` directive makes the build use another module path (typically a fork) under the original import path. The code that runs is not the code its import paths name; go.sum pins the fork\u2019s bytes, but a reader of the imports sees the original.',
  severity: 'low',
  confidence: 'high',
  messages: {
    fork: '{file} replaces {module} with {target}@{version}: imports of {module} build the other module',
  },
  remediation: 'Prefer upstreaming the fix; otherwise keep the fork pinned to a version and document why in go.mod.',
  limitations: 'Whether the fork is trustworthy is not judged.',
  reads: ['manifest'],
  examples: { bad: ['replace-to-other-module--fork'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;
