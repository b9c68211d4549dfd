/** mavenLocal() in repositories. https://docs.gradle.org/current/userguide/supported_repository_types.html#sec:case-for-maven-local */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const mavenLocal = defineCheck<GradleModel>()({
  id: 'maven-local',
  question: 'multi-source-resolution',
  title: 'Artifacts can come from the local Maven repository',
  description:
    '`mavenLocal()` makes Gradle resolve from `~/.m2/repository`, which anything on the machine can write to and which Gradle treats without verification of where artifacts came from; Gradle\u2019s own docs advise against it. Builds then differ between machines, and a poisoned local artifact wins.',
  severity: 'medium',
  severityRule: [
    { severity: 'medium', when: '`mavenLocal()` without a content filter: any artifact in ~/.m2 wins' },
    { severity: 'low', when: '`mavenLocal()` with a content filter limiting it to named groups' },
  ],
  confidence: 'high',
  messages: {
    local: '{file} resolves from mavenLocal() ({scope})',
  },
  remediation: 'Remove mavenLocal(), or restrict it with `content { includeGroup("…") }` to your own modules.',
  limitations: 'A filtered mavenLocal() is reported at low severity.',
  reads: ['build-script'],
  examples: {
    bad: ['maven-local--unfiltered', 'maven-local--content-filtered'],
    good: ['clean--wrapper-with-checksum', 'clean--public-repositories-only'],
  },
  since: 'next',
  run(model, report) {
    for (const s of model.scripts)
      for (const r of s.repos)
        if (r.kind === 'mavenLocal')
          report({
            messageId: 'local',
            ...(r.filtered ? { severity: 'low' as const } : {}),
            data: { file: s.path, scope: r.scope },
            at: r.at,
            key: `${r.scope}:${r.block}`,
          });
  },
});
