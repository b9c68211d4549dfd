/** Wrapper distribution over http: or from an unofficial host. https://docs.gradle.org/current/userguide/gradle_wrapper.html */
import { defineCheck } from '@inert/core';
import { property } from '../load/properties.js';
import type { GradleModel } from '../model.js';

export const wrapperUrlInsecure = defineCheck<GradleModel>()({
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
  run(model, report) {
    for (const w of model.wrappers) {
      const url = property(w, 'distributionUrl');
      if (!url) continue;
      const m = /^(\w+):\/\/([^/:]+)/.exec(url.value);
      if (!m) continue;
      const at = { file: w.path, line: url.line, column: 1 };
      if (m[1]!.toLowerCase() === 'http')
        report({ messageId: 'http', data: { file: w.path, url: url.value }, at, key: w.path });
      else if (m[2] !== 'services.gradle.org')
        report({ messageId: 'host', severity: 'medium', data: { file: w.path, host: m[2]! }, at, key: w.path });
    }
  },
});
