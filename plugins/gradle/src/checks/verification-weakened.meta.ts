/** The metadata of gradle/verification-weakened: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const verificationWeakenedMeta = {
  id: 'verification-weakened',
  question: 'lockfile-integrity',
  title: 'Dependency verification is weakened',
  description:
    'Verification exists but does not hold: `org.gradle.dependency.verification=off|lenient` in gradle.properties, `<verify-metadata>false`, a `<trust>` rule whose regex matches every group, or only md5/sha1 checksums (weak hashes that collisions can defeat).',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'verification is off or lenient, metadata is not verified, or a trust rule matches broadly',
    },
    { severity: 'low', when: 'the verification file pins only md5/sha1 checksums' },
  ],
  confidence: 'high',
  messages: {
    mode: '{file} sets {key}={value}: verification failures do not fail the build',
    metadata: '{file} sets verify-metadata to false: POM and module metadata are not verified',
    trust: '{file} trusts every artifact matching {pattern}',
    weak: '{file} pins only md5/sha1 checksums ({weak} entries)',
  },
  remediation:
    'Keep verification strict, regenerate with `--write-verification-metadata sha256`, and narrow trust rules to named artifacts.',
  limitations:
    'Verification switched off on the command line (`--dependency-verification=off`) is a CI command finding.',
  reads: ['lockfile', 'client-config'],
  examples: {
    bad: ['verification-weakened--lenient-and-trust-all'],
    good: ['clean--wrapper-with-checksum', 'clean--local-apply-and-env-credentials'],
  },
  since: 'next',
} as const satisfies CheckMeta;
