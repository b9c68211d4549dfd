/** Registry packages in Cargo.lock without a checksum. https://doc.rust-lang.org/cargo/reference/registry-index.html#index-format */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';
import { lockEntryWithoutChecksumMeta } from './lock-entry-without-checksum.meta.js';

export const lockEntryWithoutChecksum = defineCheck<CargoModel>()({
  ...lockEntryWithoutChecksumMeta,
  run(model, report) {
    for (const lock of model.locks) {
      for (const p of lock.packages) {
        if (!p.source || p.source.startsWith('git+') || p.checksum) continue;
        const data = { name: p.name, version: p.version, source: p.source };
        const pkg = { name: p.name, version: p.version };
        if (p.checksumRoute)
          report({ messageId: 'none', data, at: { doc: lock.doc, route: p.checksumRoute, part: 'key' }, package: pkg });
        else report({ messageId: 'missing', data, at: { doc: lock.doc, route: p.route, part: 'key' }, package: pkg });
      }
    }
  },
});
