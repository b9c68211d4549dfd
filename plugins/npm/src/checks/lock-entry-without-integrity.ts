/** Registry or tarball lock entries with no content hash, in every lock format. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import type { NpmModel } from '../model.js';
import { entryData, fetchedOf, pkgRef } from '../support.js';
import { lockEntryWithoutIntegrityMeta } from './lock-entry-without-integrity.meta.js';

export const lockEntryWithoutIntegrity = defineCheck<NpmModel>()({
  ...lockEntryWithoutIntegrityMeta,
  run(model, report) {
    for (const lock of model.locks)
      for (const e of fetchedOf(lock)) {
        if (e.integrity || e.bundled) continue;
        const source = sourceOf(e);
        if (source.kind !== 'registry' && source.kind !== 'url') continue;
        const conditional = lock.client === 'yarn-berry' && e.conditional === true;
        report({
          messageId: conditional ? 'conditional' : 'missing',
          ...(conditional ? { severity: 'low' as const } : {}),
          data: { ...entryData(e), source: e.resolved ?? 'the default registry', lock: lock.path },
          at: e.at,
          package: pkgRef(e),
        });
      }
  },
});
