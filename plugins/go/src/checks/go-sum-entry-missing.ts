/** A required module version with no go.sum line. https://go.dev/ref/mod#go-sum-files */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { goSumEntryMissingMeta } from './go-sum-entry-missing.meta.js';

export const goSumEntryMissing = defineCheck<GoModel>()({
  ...goSumEntryMissingMeta,
  run(model, report) {
    for (const mod of model.mods) {
      const sums = model.sums.filter((s) => s.dir === mod.dir || s.path.endsWith('go.work.sum'));
      const own = sums.find((s) => s.dir === mod.dir);
      if (!own) continue;
      for (const r of mod.requires) {
        const rep = mod.replaces.find((x) => x.oldPath === r.path && (!x.oldVersion || x.oldVersion === r.version));
        if (rep?.local) continue;
        const path = rep ? rep.newPath : r.path;
        const version = rep?.newVersion ?? r.version;
        if (sums.some((s) => s.entries.has(`${path} ${version}`))) continue;
        report({
          messageId: 'missing',
          data: { module: path, version, file: mod.path, sum: own.path },
          at: r.at,
          package: { name: r.path, version: r.version },
        });
      }
    }
  },
});
