/** The metadata of npm/name-collision: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const nameCollisionMeta = {
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two package names in one project look alike',
  description:
    'Two names locked or declared in one project differ only by case, or a name contains non-ASCII characters. New npm names must be lowercase and URL-safe, so such a pair means one of them is a legacy name or a look-alike, and case-insensitive file systems cannot even hold both in one node_modules.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    similar: '{name} and {other} differ only by case',
    nonAscii: '{name} contains non-ASCII characters',
  },
  remediation: 'Check that both packages are the ones you mean; replace the unintended one and pin the intended name.',
  limitations:
    'Names that differ only by punctuation (`camelcase`/`camel-case`, `object.assign`/`object-assign`) are common legitimate legacy pairs and are not reported. Confusable characters across scripts are flagged only as non-ASCII; names in different projects are not compared.',
  reads: ['lockfile', 'manifest'],
  examples: { bad: ['name-collision--case-and-non-ascii'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;
