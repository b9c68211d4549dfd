/** Wrapper without distributionSha256Sum. https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification */
import { defineCheck } from '@inert/core';
import { property } from '../load/properties.js';
import type { GradleModel } from '../model.js';

export const wrapperMissingSha256 = defineCheck<GradleModel>()({
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
  run(model, report) {
    for (const w of model.wrappers) {
      const url = property(w, 'distributionUrl');
      if (!url || property(w, 'distributionSha256Sum')?.value) continue;
      report({
        messageId: 'missing',
        data: { file: w.path, url: url.value },
        at: { file: w.path, line: url.line, column: 1 },
        key: w.path,
      });
    }
  },
});
