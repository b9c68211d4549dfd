/** Registry tokens committed in cargo credential or config files. https://doc.rust-lang.org/cargo/reference/config.html#credentials */
import { defineCheck, type Route, type TomlDocument } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel } from '../model.js';

// crates.io API tokens: `cio` followed by 32 alphanumerics.
const CRATES_IO_TOKEN = /^cio[A-Za-z0-9]{32}$/;
const TOKEN_ENV = /^CARGO_REGISTR(?:Y|IES_[A-Z0-9_]+)_TOKEN$/;

export const credentialsCommitted = defineCheck<CargoModel>()({
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
  run(model, report) {
    const files: { path: string; doc: TomlDocument }[] = [...model.credentials, ...model.configs];
    for (const { path, doc } of files) {
      const found: [Route, string][] = [];
      const token = str(table(doc.value.registry).token);
      if (token !== undefined) found.push([['registry', 'token'], token]);
      for (const [name, r] of entries(doc.value.registries)) {
        const t = str(table(r).token);
        if (t !== undefined) found.push([['registries', name, 'token'], t]);
      }
      for (const [name, v] of entries(doc.value.env)) {
        const value = str(v) ?? str(table(v).value);
        if (value !== undefined && (TOKEN_ENV.test(name) || CRATES_IO_TOKEN.test(value)))
          found.push([['env', name], value]);
      }
      for (const [route, value] of found) {
        if (placeholder(value)) continue;
        // A token that is not crates.io-shaped may belong to a private registry or be a test value.
        const severity = CRATES_IO_TOKEN.test(value) || route[0] !== 'env' ? undefined : 'high';
        report({
          messageId: 'token',
          ...(severity ? { severity } : {}),
          data: {
            file: path,
            key: route.join('.'),
            redacted: `${value.slice(0, 3)}\u2026 (${value.length} characters)`,
          },
          at: { doc, route, part: 'value' },
          key: route.join('.'),
        });
      }
    }
  },
});

function placeholder(value: string): boolean {
  return value.trim() === '' || /^\$\{?|^<.*>$|^(?:x+|\*+|token|changeme|dummy|placeholder)$/i.test(value.trim());
}
