/** The metadata of gradle/wrapper-missing-sha256: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const wrapperMissingSha256Meta = {
  id: 'wrapper-missing-sha256',
  question: 'lockfile-integrity',
  title: 'The Gradle wrapper downloads a distribution nobody checks',
  description:
    '`gradle-wrapper.properties` has no `distributionSha256Sum`: `./gradlew` downloads the distribution from `distributionUrl` and runs it without checking a hash. The wrapper-validation action checks the wrapper jar, not the distribution it downloads.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} downloads {url} without distributionSha256Sum',
  },
  remediation:
    'Add `distributionSha256Sum=<sha256 from https://gradle.org/release-checksums/>` (`./gradlew wrapper --gradle-distribution-sha256-sum …`).',
  limitations: 'The checksum itself is not compared with Gradle\u2019s published list (inert is offline).',
  reads: ['client-config'],
  examples: { bad: ['wrapper-missing-sha256--no-checksum'], good: ['clean--wrapper-with-checksum'] },
  since: 'next',
} as const satisfies CheckMeta;
