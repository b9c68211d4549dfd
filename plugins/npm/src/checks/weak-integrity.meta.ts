/** The metadata of npm/weak-integrity: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const weakIntegrityMeta = {
  id: 'weak-integrity',
  question: 'lockfile-integrity',
  title: 'A lock entry is pinned only by sha1',
  description:
    'The entry\u2019s only content hash is sha1 (old package-lock v1 entries, yarn classic entries that carry only the `#sha1` fragment of the tarball URL). sha1 collisions are practical, so a registry or mirror that can choose the bytes can serve a different tarball with the same hash. Entries with sha512 (alone or next to sha1) are not reported.',
  severity: 'low',
  confidence: 'high',
  messages: { sha1: '{name}@{version} is pinned only by {algorithm}, which no longer resists a chosen collision' },
  remediation:
    'Regenerate the lockfile with a current client so it records sha512 (`npm install --package-lock-only` after deleting the entry, `yarn install` with a current yarn).',
  limitations: 'The hash itself is not checked against the registry.',
  reads: ['lockfile'],
  examples: { bad: ['weak-integrity--sha1-entries'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;
