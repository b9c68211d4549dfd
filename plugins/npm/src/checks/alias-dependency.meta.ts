/** The metadata of npm/alias-dependency: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const aliasDependencyMeta = {
  id: 'alias-dependency',
  question: 'name-identity',
  title: 'A dependency is installed under another package\u2019s name',
  description:
    'A manifest or pnpm catalog declares `"name": "npm:other@range"`: code imports `name` while the bytes come from `other`. Aliases have honest uses (two majors side by side, a fork), but they are also how a look-alike package is slipped in under a trusted name, and tools that read only the declared name audit the wrong package.',
  severity: 'low',
  confidence: 'high',
  messages: { alias: '{name} in {field} is an alias: it installs {target}' },
  remediation:
    'Prefer depending on the real name; when an alias is needed, name it so the real package is evident (e.g. `lodash-v3` for `npm:lodash@3`).',
  limitations:
    'Aliases only visible in a lock (without a manifest) are not reported; overrides that alias transitive packages are reported when written as strings.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['alias-dependency--npm-alias'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;
