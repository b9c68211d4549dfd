/** The metadata of npm/resolved-unexpected-host: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const resolvedUnexpectedHostMeta = {
  id: 'resolved-unexpected-host',
  question: 'multi-source-resolution',
  title: 'A dependency is fetched from an unexpected host',
  description:
    'A lock entry\u2019s tarball comes from a host that is neither the public npm registry (registry.npmjs.org, registry.yarnpkg.com) nor a registry configured for the project (.npmrc, .yarnrc, .yarnrc.yml, bunfig.toml). A hand-edited or maliciously proposed lock can point one entry at an attacker\u2019s server; the lock looks normal in review because only the URL differs (the lockfile-injection attack described by Liran Tal).',
  severity: 'medium',
  confidence: 'medium',
  messages: { host: '{name}@{version} is fetched from {host}, which is not a configured registry: {url}' },
  remediation:
    'If the host is a legitimate mirror, configure it as the registry (`registry=` in .npmrc); otherwise regenerate the entry from the registry and review who changed it. A host your organisation runs belongs under `allow.hosts.npm` in inert.config.json: its findings are then kept as accepted, with that reason.',
  limitations:
    'Registries configured outside the checkout (user or global .npmrc, environment variables) are not seen. Git hosts are not judged here (see npm/git-dependency-unpinned).',
  reads: ['lockfile', 'client-config'],
  examples: {
    bad: ['resolved-unexpected-host--foreign-tarball'],
    good: ['clean--npm-ci-with-lockfile', 'clean--custom-registry-configured'],
  },
  since: 'next',
} as const satisfies CheckMeta;
