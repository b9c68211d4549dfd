/** Lock entries whose only content hash is sha1 (or weaker). https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import { integrityAlgorithm } from '../load/inventory.js';
import type { NpmModel } from '../model.js';
import { entryData, fetchedOf, pkgRef } from '../support.js';
import { weakIntegrityMeta } from './weak-integrity.meta.js';

export const weakIntegrity = defineCheck<NpmModel>()({
  ...weakIntegrityMeta,
  run(model, report) {
    for (const lock of model.locks)
      for (const e of fetchedOf(lock)) {
        const algorithm = integrityAlgorithm(e);
        if (algorithm !== 'sha1' && algorithm !== 'md5') continue;
        report({ messageId: 'sha1', data: { ...entryData(e), algorithm }, at: e.at, package: pkgRef(e) });
      }
  },
});
