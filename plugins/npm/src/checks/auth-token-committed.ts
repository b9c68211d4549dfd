/** Literal registry credentials in a committed .npmrc. https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';

const AUTH_KEY = /(^|:)(_authToken|_auth|_password)$/;

export const authTokenCommitted = defineCheck<NpmModel>()({
  id: 'auth-token-committed',
  question: 'publish-credentials',
  title: 'A registry credential is committed',
  description:
    'An .npmrc in the tree sets `_authToken`, `_auth` or `_password` to a literal value instead of an environment reference like `${NPM_TOKEN}`. Anyone with read access to the repository (or its forks and caches) can use it; a token with publish rights lets them publish a malicious version. Tokens starting with `npm_` are npm access tokens and are reported as critical.',
  severity: 'high',
  confidence: 'high',
  messages: {
    literal: '{file} sets {key} to a literal credential ({redacted}); anyone who can read the repository can use it',
    npmToken: '{file} sets {key} to an npm access token ({redacted}); anyone who can read the repository can publish with it',
  },
  remediation: 'Revoke the token now (npm token revoke), remove it from history, and reference an environment variable: `//registry.npmjs.org/:_authToken=${NPM_TOKEN}`; publish from CI with trusted publishing (OIDC) instead of a stored token.',
  limitations: 'Only .npmrc files in the tree are read; tokens in other files or in git history are not searched.',
  reads: ['client-config'],
  examples: { bad: ['auth-token-committed--literal-npm-token'], good: ['clean--npmrc-env-token'] },
  since: 'next',
  run(model, report) {
    for (const npmrc of model.npmrcs) {
      for (const entry of npmrc.entries) {
        if (!AUTH_KEY.test(entry.key) || entry.value === '' || /^\$\{[^}]+\}$/.test(entry.value)) continue;
        const npmToken = entry.value.startsWith('npm_');
        report({
          messageId: npmToken ? 'npmToken' : 'literal',
          severity: npmToken ? 'critical' : 'high',
          data: { file: npmrc.path, key: entry.key, redacted: redact(entry.value) },
          at: { file: npmrc.path, line: entry.line, column: entry.valueColumn },
          key: entry.key,
        });
      }
    }
  },
});

/** Never print a secret: keep a recognisable prefix only. */
function redact(value: string): string {
  return `${value.startsWith('npm_') ? 'npm_' : value.slice(0, 2)}\u2026 (${value.length} characters)`;
}
