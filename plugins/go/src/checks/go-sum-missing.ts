/** A go.mod with requirements and no go.sum. https://go.dev/ref/mod#go-sum-files */
import { counted, defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { goSumMissingMeta } from './go-sum-missing.meta.js';

export const goSumMissing = defineCheck<GoModel>()({
  ...goSumMissingMeta,
  run(model, report) {
    for (const mod of model.mods) {
      const required = mod.requires.filter((r) => !mod.replaces.some((x) => x.local && x.oldPath === r.path));
      if (required.length === 0) continue;
      if (
        model.sums.some(
          (s) => s.dir === mod.dir || (s.path.endsWith('go.work.sum') && model.works.some((w) => w.dir === s.dir)),
        )
      )
        continue;
      report({
        messageId: 'missing',
        data: { file: mod.path, modules: counted(required.length, 'module') },
        at: required[0]!.at,
        key: mod.path,
      });
    }
  },
});
