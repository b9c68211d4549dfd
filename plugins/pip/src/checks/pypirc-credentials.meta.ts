/** The metadata of pip/pypirc-credentials: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const pypircCredentialsMeta = {
  id: 'pypirc-credentials',
  question: 'publish-credentials',
  title: 'A committed .pypirc holds an upload password or API token',
  description:
    '`.pypirc` stores upload credentials in plain text for twine and other publishers. Committed, it hands the right to publish new releases of the project to anyone who can read the repository (or its history). A value starting with `pypi-` is a PyPI API token (critical); any other literal password is high.',
  severity: 'high',
  severityRule: [
    { severity: 'critical', when: 'the password is a PyPI API token (`pypi-\u2026`)' },
    { severity: 'high', when: 'any other literal password' },
  ],
  confidence: 'high',
  messages: {
    token: '[{section}] password is a PyPI API token: anyone with this file can publish releases',
    password: '[{section}] has a literal password: anyone with this file can upload as {user}',
  },
  remediation:
    'Revoke the token or password now (it is in the history), delete the file, and publish through Trusted Publishing (OIDC) or a CI secret.',
  limitations:
    'Credentials elsewhere (keyring, CI secrets, environment) are not visible; a revoked token still reports.',
  reads: ['credentials'],
  examples: { bad: ['pypirc-credentials--token-and-password'], good: ['clean--pypirc-without-secrets'] },
  since: 'next',
} as const satisfies CheckMeta;
