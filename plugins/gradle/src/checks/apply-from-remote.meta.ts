/** The metadata of gradle/apply-from-remote: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const applyFromRemoteMeta = {
  id: 'apply-from-remote',
  question: 'pre-install-execution',
  title: 'A build applies a script from a URL',
  description:
    '`apply from: "https://…"` downloads a script and runs it with the build\u2019s full privileges on every gradle command. Nothing pins its content: whoever controls that URL (or, over http, the network) controls the build.',
  severity: 'critical',
  confidence: 'high',
  messages: {
    remote: '{file} applies the script {url}: its content is fetched and run on every gradle command',
  },
  remediation:
    'Copy the script into the repository (reviewed), or publish it as a versioned plugin resolved through dependency verification.',
  limitations: 'Remote scripts applied from other applied scripts are not followed.',
  reads: ['build-script'],
  examples: {
    bad: ['apply-from-remote--https-script', 'apply-from-remote--kotlin-dsl'],
    good: ['clean--local-apply-and-env-credentials'],
  },
  since: 'next',
} as const satisfies CheckMeta;
