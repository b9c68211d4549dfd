/** The metadata of gradle/repo-insecure: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const repoInsecureMeta = {
  id: 'repo-insecure',
  question: 'multi-source-resolution',
  title: 'A repository is used over an insecure transport',
  description:
    'A repository URL uses `http:` (Gradle refuses it unless `allowInsecureProtocol = true` is set) or sets `allowInsecureProtocol`: anyone on the network path can serve different artifacts, and without dependency verification nothing notices.',
  severity: 'high',
  confidence: 'high',
  messages: {
    http: '{file} declares a repository over http: {url}',
    flag: '{file} sets allowInsecureProtocol on a repository',
  },
  remediation: 'Use https:// repositories and remove allowInsecureProtocol.',
  limitations: 'Computed repository URLs are reported as opaque instead.',
  reads: ['build-script'],
  examples: {
    bad: ['repo-insecure--http-and-flag'],
    good: ['clean--wrapper-with-checksum', 'clean--kotlin-trailing-lambdas'],
  },
  since: 'next',
} as const satisfies CheckMeta;
