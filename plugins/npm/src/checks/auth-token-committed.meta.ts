/** The metadata of npm/auth-token-committed: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const authTokenCommittedMeta = {
  id: 'auth-token-committed',
  question: 'publish-credentials',
  title: 'A registry credential is committed',
  description:
    'A committed config file holds a literal registry credential instead of an environment reference like `${NPM_TOKEN}`: `_authToken`, `_auth` or `_password` in .npmrc; `npmAuthToken`/`npmAuthIdent` (top level, per scope or per registry) in .yarnrc.yml; `token` or `password` of a registry in bunfig.toml. Anyone with read access to the repository (or its forks and caches) can use it; a token with publish rights lets them publish a malicious version. Tokens starting with `npm_` are npm access tokens and are reported as critical.',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'the value has the npm token shape (`npm_\u2026`): a live publish or read credential for the public registry',
    },
    { severity: 'high', when: 'any other literal credential value (not a `${VAR}` reference)' },
  ],
  confidence: 'high',
  messages: {
    literal: '{file} sets {key} to a literal credential ({redacted}); anyone who can read the repository can use it',
    npmToken:
      '{file} sets {key} to an npm access token ({redacted}); anyone who can read the repository can publish with it',
  },
  remediation:
    'Revoke the token now (npm token revoke), remove it from history, and reference an environment variable: `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` (.npmrc), `npmAuthToken: "${NPM_TOKEN}"` (.yarnrc.yml), `token = "$NPM_TOKEN"` (bunfig.toml); publish from CI with trusted publishing (OIDC) instead of a stored token.',
  limitations:
    'Only .npmrc, .yarnrc.yml and bunfig.toml files in the tree are read; tokens in other files or in git history are not searched.',
  reads: ['client-config'],
  examples: {
    bad: ['auth-token-committed--literal-npm-token', 'auth-token-committed--yarnrc-yml-and-bunfig'],
    good: ['clean--npmrc-env-token'],
  },
  since: 'next',
} as const satisfies CheckMeta;
