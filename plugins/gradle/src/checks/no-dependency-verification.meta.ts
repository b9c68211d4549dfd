/** The metadata of gradle/no-dependency-verification: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const noDependencyVerificationMeta = {
  id: 'no-dependency-verification',
  question: 'lockfile-integrity',
  title: 'Dependencies and plugins are not verified',
  description:
    'The build has no `gradle/verification-metadata.xml`: Gradle checks no checksum or signature of the artifacts and plugins it downloads, so a repository (or a repository earlier in the search order) can serve different bytes for the same coordinates.',
  severity: 'low',
  confidence: 'high',
  messages: {
    none: '{file}: this build has no gradle/verification-metadata.xml',
  },
  remediation:
    'Generate it with `./gradlew --write-verification-metadata sha256 help` and commit it; review changes to it like code.',
  limitations: 'Builds that verify through other means (an internal proxy that checks hashes) are reported too.',
  reads: ['build-script', 'lockfile'],
  examples: { bad: ['no-dependency-verification--settings-only'], good: ['clean--wrapper-with-checksum'] },
  since: 'next',
} as const satisfies CheckMeta;
