/** A committed vendor/ tree, which go does not check against go.sum. https://go.dev/ref/mod#vendoring */
import { counted, defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { vendorUnverifiedMeta } from './vendor-unverified.meta.js';

export const vendorUnverified = defineCheck<GoModel>()({
  ...vendorUnverifiedMeta,
  run(model, report) {
    for (const v of model.vendors) {
      report({
        messageId: 'vendored',
        data: { file: v.path, modules: counted(v.modules.length, 'vendored module') },
        at: { file: v.path, line: 1, column: 1 },
        key: v.path,
      });
      const mod = model.mods.find((m) => m.dir === v.dir);
      for (const listed of v.modules) {
        const req = mod?.requires.find((r) => r.path === listed.path);
        if (mod && req && req.version !== listed.version) {
          report({
            messageId: 'stale',
            data: { file: v.path, module: listed.path, listed: listed.version, mod: mod.path, required: req.version },
            at: listed.at,
            package: { name: listed.path, version: listed.version },
          });
        }
      }
    }
  },
});
