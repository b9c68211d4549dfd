/** Lock entries whose tarball host is neither the default registry nor a configured one. https://docs.npmjs.com/cli/using-npm/registry */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import { isInside } from '../load/paths.js';
import { DEFAULT_REGISTRY_HOSTS, hostOf } from '../load/registries.js';
import type { NpmModel } from '../model.js';
import { entryData, pkgRef } from '../support.js';
import { resolvedUnexpectedHostMeta } from './resolved-unexpected-host.meta.js';

export const resolvedUnexpectedHost = defineCheck<NpmModel>()({
  ...resolvedUnexpectedHostMeta,
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
