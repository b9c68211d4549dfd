/** The metadata of cargo/credentials-committed: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const credentialsCommittedMeta = {
  id: 'credentials-committed',
  question: 'publish-credentials',
  title: 'A crates registry token is committed',
  description:
    'A `.cargo/credentials.toml` (or legacy `.cargo/credentials`) with a token, a `token` in a committed cargo config, or an `[env]` entry that sets `CARGO_REGISTRY_TOKEN`/`CARGO_REGISTRIES_<NAME>_TOKEN` is in the tree. Anyone who can read the repository can publish new versions of every crate the token may publish (crates.io tokens start with `cio`).',
  severity: 'critical',
  severityRule: [
    { severity: 'critical', when: 'a crates.io-shaped token, or any token in a registry or `[registry]` table' },
    {
      severity: 'high',
      when: 'a value of a token-named `[env]` variable that is not crates.io-shaped: it may belong to a private registry or be a test value',
    },
  ],
  confidence: 'high',
  messages: {
    token: '{file} holds a registry token ({redacted}) at {key}',
  },
  remediation:
    'Revoke the token on the registry now, remove the file from the repository and its history, and publish from CI with crates.io trusted publishing (rust-lang/crates-io-auth-action) instead.',
  limitations:
    'Tokens in other files or in git history are not searched; a token that looks like a placeholder (`${…}`, `<…>`, `xxx`) is skipped.',
  reads: ['credentials', 'client-config'],
  examples: {
    bad: ['credentials-committed--credentials-toml', 'credentials-committed--token-in-config-env'],
    good: ['clean--locked-registry-crates'],
  },
  since: 'next',
} as const satisfies CheckMeta;
