/** The metadata of gradle/maven-local: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const mavenLocalMeta = {
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
} as const satisfies CheckMeta;
