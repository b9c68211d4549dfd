/** Script allowlist entries for packages that are not locked, or whose locked version has no hooks. https://pnpm.io/settings/build */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { versionMatches } from '../policy/verdict.js';
import { allowlistStaleMeta } from './allowlist-stale.meta.js';

export const allowlistStale = defineCheck<NpmModel>()({
  ...allowlistStaleMeta,
  run(model, report) {
    for (const lock of model.locks) {
      const p = model.policies.get(lock.path);
      if (!p) continue;
      for (const r of p.rules) {
        if (!r.allow) continue;
        const locked = lock.entries.filter((e) => e.name === r.name && !e.workspace);
        const matching = r.version === undefined ? locked : locked.filter((e) => versionMatches(e.version, r.version!));
        const data = {
          key: r.key,
          label: r.label,
          name: r.name,
          lock: lock.path,
          at: r.version ? ` at ${r.version}` : '',
        };
        if (matching.length === 0) report({ messageId: 'notLocked', data, at: r.at, key: `${lock.path}#${r.key}` });
        else if (matching.every((e) => e.hasInstallScript === false))
          report({ messageId: 'noHooks', data, at: r.at, key: `${lock.path}#${r.key}` });
      }
    }
  },
});
