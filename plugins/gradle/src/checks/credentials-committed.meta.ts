/** The metadata of gradle/credentials-committed: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const credentialsCommittedMeta = {
  id: 'credentials-committed',
  question: 'publish-credentials',
  title: 'A repository or signing credential is committed',
  description:
    'gradle.properties sets a password, token, API key or signing key to a literal value, or a script writes `password = "…"` literally. Anyone who can read the repository can publish to the repository or sign artifacts as the project.',
  severity: 'high',
  confidence: 'medium',
  messages: {
    property: '{file} sets {key} to a literal value ({length} characters)',
    script: '{file} writes a literal repository password',
    privateKey: '{file} commits a private key in {key}',
  },
  remediation:
    'Revoke the credential, move it to `~/.gradle/gradle.properties` or CI secrets (ORG_GRADLE_PROJECT_* environment variables), and remove it from history.',
  limitations: 'Empty placeholders are ignored; secrets in other files are not searched.',
  reads: ['client-config', 'build-script'],
  examples: {
    bad: ['credentials-committed--properties-and-script', 'credentials-committed--armored-signing-key'],
    good: ['clean--local-apply-and-env-credentials'],
  },
  since: 'next',
} as const satisfies CheckMeta;
