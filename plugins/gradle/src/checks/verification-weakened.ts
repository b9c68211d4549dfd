/** Dependency verification turned off, lenient, trusting everything, or on weak hashes. https://docs.gradle.org/current/userguide/dependency_verification.html#sec:disabling-verification */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const verificationWeakened = defineCheck<GradleModel>()({
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
  run(model, report) {
    for (const p of model.properties) {
      for (const e of p.entries) {
        if (e.key === 'org.gradle.dependency.verification' && /^(?:off|lenient)$/i.test(e.value.trim()))
          report({
            messageId: 'mode',
            data: { file: p.path, key: e.key, value: e.value.trim() },
            at: { file: p.path, line: e.line, column: 1 },
            key: e.key,
          });
      }
    }
    for (const v of model.verification) {
      if (v.verifyMetadata && !v.verifyMetadata.value)
        report({
          messageId: 'metadata',
          data: { file: v.path },
          at: { file: v.path, line: v.verifyMetadata.line, column: 1 },
          key: 'verify-metadata',
        });
      for (const t of v.broadTrust)
        report({
          messageId: 'trust',
          data: { file: v.path, pattern: t.pattern },
          at: { file: v.path, line: t.line, column: 1 },
          key: `trust:${t.pattern}`,
        });
      if (v.strong === 0 && v.weak > 0)
        report({
          messageId: 'weak',
          severity: 'low',
          data: { file: v.path, weak: v.weak },
          at: { file: v.path, line: 1, column: 1 },
          key: 'weak',
        });
    }
  },
});
