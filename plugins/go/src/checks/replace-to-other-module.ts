/** `replace` directives that swap a module for a different module path (a fork). https://go.dev/ref/mod#go-mod-file-replace */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { replaceToOtherModuleMeta } from './replace-to-other-module.meta.js';

export const replaceToOtherModule = defineCheck<GoModel>()({
  ...replaceToOtherModuleMeta,
  run(model, report) {
    for (const doc of [...model.mods, ...model.works]) {
      for (const r of doc.replaces) {
        if (r.local || r.newPath === r.oldPath) continue;
        report({
          messageId: 'fork',
          data: { file: doc.path, module: r.oldPath, target: r.newPath, version: r.newVersion ?? '?' },
          at: r.at,
          package: { name: r.oldPath },
          key: `${r.oldPath}=>${r.newPath}`,
        });
      }
    }
  },
});
