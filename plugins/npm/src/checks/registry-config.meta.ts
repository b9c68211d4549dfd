/** The metadata of npm/registry-config: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const registryConfigMeta = {
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
} as const satisfies CheckMeta;
