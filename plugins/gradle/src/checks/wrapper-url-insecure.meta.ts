/** The metadata of gradle/wrapper-url-insecure: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const wrapperUrlInsecureMeta = {
  id: 'wrapper-url-insecure',
  question: 'lockfile-integrity',
  title: 'The Gradle wrapper downloads from an insecure or unofficial location',
  description:
    '`distributionUrl` uses `http:` (anyone on the path can swap the distribution) or a host other than services.gradle.org (whoever runs it decides which Gradle every developer and CI job runs).',
  severity: 'high',
  severityRule: [
    { severity: 'high', when: 'the distribution URL is `http://`' },
    { severity: 'medium', when: 'the distribution comes from a host other than services.gradle.org' },
  ],
  confidence: 'high',
  messages: {
    http: '{file} downloads the Gradle distribution over http: {url}',
    host: '{file} downloads the Gradle distribution from {host}, not services.gradle.org',
  },
  remediation:
    'Use https://services.gradle.org/distributions/… (or an internal mirror you control, with distributionSha256Sum).',
  limitations: 'An internal mirror is a legitimate choice: acknowledge it with a config suppression and a reason.',
  reads: ['client-config'],
  examples: { bad: ['wrapper-url-insecure--http-mirror'], good: ['clean--wrapper-with-checksum'] },
  since: 'next',
} as const satisfies CheckMeta;
