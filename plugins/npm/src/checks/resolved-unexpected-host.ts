/** Lock entries whose tarball host is neither the default registry nor a configured one. https://docs.npmjs.com/cli/using-npm/registry */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import { isInside } from '../load/paths.js';
import { DEFAULT_REGISTRY_HOSTS, hostOf } from '../load/registries.js';
import type { NpmModel } from '../model.js';
import { entryData, pkgRef } from '../support.js';

export const resolvedUnexpectedHost = defineCheck<NpmModel>()({
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
  run(model, report) {
    for (const lock of model.locks) {
      const allowed = new Set(DEFAULT_REGISTRY_HOSTS);
      for (const r of model.registries)
        if (isInside(lock.dir, r.dir)) {
          const h = hostOf(r.url);
          if (h) allowed.add(h);
        }
      for (const e of lock.entries) {
        if (e.workspace || !e.resolved || !/^https?:/i.test(e.resolved)) continue;
        const kind = sourceOf(e).kind;
        if (kind !== 'registry' && kind !== 'url') continue;
        const host = hostOf(e.resolved);
        if (!host || allowed.has(host)) continue;
        report({
          messageId: 'host',
          data: { ...entryData(e), host, url: e.resolved },
          at: e.resolvedAt ?? e.at,
          package: pkgRef(e),
          evidence: e.resolved,
          host,
        });
      }
    }
  },
});
