/** Non-default registries for unscoped and scoped packages, and unscoped names served by more than one host. https://docs.npmjs.com/cli/using-npm/scope#associating-a-scope-with-a-registry */
import { defineCheck } from '@inert/core';
import { DEFAULT_REGISTRY_HOSTS, hostOf } from '../load/registries.js';
import type { NpmModel } from '../model.js';

export const registryConfig = defineCheck<NpmModel>()({
  id: 'registry-config',
  question: 'multi-source-resolution',
  title: 'Packages resolve from a non-default or scoped registry',
  description:
    'The checkout configures where packages come from: a non-default registry for unscoped names (`registry=` in .npmrc, `registry` in .yarnrc, `npmRegistryServer` in .yarnrc.yml, `[install] registry` in bunfig.toml) or a registry per scope (`@acme:registry=`, `npmScopes`, `[install.scopes]`). Each is inventory a reviewer should know about: a mirror sees and can alter every install. When two files in one project send unscoped names to different hosts (e.g. .npmrc for npm and pnpm, .yarnrc.yml for yarn), the result depends on which client runs: a name can resolve from either host.',
  severity: 'low',
  severityRule: [
    {
      severity: 'medium',
      when: 'two config files of one project set different default registries: which one applies depends on where the command runs',
    },
    {
      severity: 'low',
      when: 'a scoped or non-default registry is configured: every package of that scope, or every package, resolves there',
    },
  ],
  confidence: 'high',
  messages: {
    unscoped: '{file} sends every unscoped package to {url} ({key})',
    scoped: '{file} sends {scope} packages to {url}',
    conflict:
      'Unscoped packages resolve from {url} in {file} but from {otherUrl} in {otherFile}: the host depends on the client',
  },
  remediation:
    'Keep one registry per name space and configure it for every client you use; give private packages a scope and map only that scope to the private registry. A host your organisation runs belongs under `allow.hosts.npm` in inert.config.json: its findings are then kept as accepted, with that reason.',
  limitations:
    'User and global config files and environment variables (`npm_config_registry`) are outside the checkout and not seen.',
  reads: ['client-config'],
  examples: {
    bad: ['registry-config--scoped-and-mirror', 'registry-config--conflicting-hosts'],
    good: ['clean--npm-ci-with-lockfile'],
  },
  since: 'next',
  run(model, report) {
    for (const r of model.registries) {
      const host = hostOf(r.url);
      if (r.scope)
        report({
          messageId: 'scoped',
          data: { file: r.file, scope: r.scope, url: r.url },
          at: r.at,
          key: `${r.file}#${r.key}`,
          ...(host ? { host } : {}),
        });
      else if (!DEFAULT_REGISTRY_HOSTS.has(host ?? ''))
        report({
          messageId: 'unscoped',
          data: { file: r.file, url: r.url, key: r.key },
          at: r.at,
          key: `${r.file}#${r.key}`,
          ...(host ? { host } : {}),
        });
    }
    // one finding per pair of directories-in-a-project that disagree
    const unscoped = model.registries.filter((r) => !r.scope);
    for (const r of unscoped) {
      const other = unscoped.find(
        (o) => o !== r && o.dir === r.dir && o.file < r.file && hostOf(o.url) !== hostOf(r.url),
      );
      if (!other) continue;
      report({
        messageId: 'conflict',
        severity: 'medium',
        data: { url: r.url, file: r.file, otherUrl: other.url, otherFile: other.file },
        at: r.at,
        related: [other.at],
        key: `${r.file}#conflict`,
      });
    }
  },
});
