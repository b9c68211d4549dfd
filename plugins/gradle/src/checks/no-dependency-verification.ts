/** A Gradle build without dependency verification. https://docs.gradle.org/current/userguide/dependency_verification.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const noDependencyVerification = defineCheck<GradleModel>()({
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
  run(model, report) {
    if (model.verification.length > 0) return;
    for (const s of model.scripts) {
      if (
        s.kind !== 'settings' ||
        s.dir.endsWith('buildSrc') ||
        model.scripts.some((o) => o.kind === 'settings' && o.dir !== s.dir && s.dir.startsWith(`${o.dir}/`))
      )
        continue;
      report({ messageId: 'none', data: { file: s.path }, at: { file: s.path, line: 1, column: 1 }, key: s.dir });
    }
  },
});
