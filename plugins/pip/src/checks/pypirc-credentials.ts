/** A committed .pypirc with a password or PyPI API token. https://packaging.python.org/en/latest/specifications/pypirc/ */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';

export const pypircCredentials = defineCheck<PipModel>()({
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
  run(model, report) {
    for (const file of model.pypircs) {
      for (const e of file.entries) {
        if (e.key !== 'password' || e.value === '' || /^\$\{?\w+\}?$|^%\(/.test(e.value)) continue;
        const user = file.entries.find((u) => u.section === e.section && u.key === 'username')?.value ?? 'its user';
        const at = { file: file.path, line: e.line, column: e.column };
        if (e.value.startsWith('pypi-'))
          report({ messageId: 'token', data: { section: e.section }, at, severity: 'critical', key: e.section });
        else report({ messageId: 'password', data: { section: e.section, user }, at, key: e.section });
      }
    }
  },
});
