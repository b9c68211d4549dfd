/** Registry tokens committed in cargo credential or config files. https://doc.rust-lang.org/cargo/reference/config.html#credentials */
import { defineCheck } from '@inert/core';
import { table } from '../load/manifest.js';
import type { CargoModel } from '../model.js';

export const credentialsCommitted = defineCheck<CargoModel>()({
  id: 'credentials-committed',
  question: 'publish-credentials',
  title: 'A crates registry token is committed',
  description:
    'A `.cargo/credentials.toml` (or legacy `.cargo/credentials`) with a token, or a `token` in a committed cargo config, is in the tree. Anyone with read access to the repository can publish new versions of every crate the token owns (crates.io tokens start with `cio`).',
  severity: 'critical',
  confidence: 'high',
  messages: {
    token: '{file} holds a registry token ({redacted}) at {key}',
  },
  remediation: 'Revoke the token on the registry now, delete the file from history, and publish from CI with crates.io trusted publishing (rust-lang/crates-io-auth-action) instead.',
  limitations: 'Tokens in other files or in git history are not searched.',
  reads: ['credentials', 'client-config'],
  examples: { bad: ['credentials-committed--credentials-toml'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    const all = [...model.credentials.map((c) => ({ path: c.path, doc: c.doc })), ...model.configs.map((c) => ({ path: c.path, doc: c.doc }))];
    for (const { path, doc } of all) {
      const routes: (readonly string[])[] = [];
      if (typeof table(doc.value.registry).token === 'string') routes.push(['registry', 'token']);
      for (const [name, r] of Object.entries(table(doc.value.registries))) if (typeof table(r).token === 'string') routes.push(['registries', name, 'token']);
      for (const route of routes) {
        const value = String(route.length === 2 ? table(doc.value.registry).token : table(table(doc.value.registries)[route[1]!]).token);
        report({ messageId: 'token', data: { file: path, key: route.join('.'), redacted: `${value.slice(0, 3)}\u2026 (${value.length} characters)` }, at: { doc, route, part: 'value' }, key: route.join('.') });
      }
    }
  },
});
