/** `replace` directives that point at a local directory. https://go.dev/ref/mod#go-mod-file-replace */
import { defineCheck, leavesRoot } from '@inert/core';
import type { GoModel } from '../model.js';
import { replaceLocalPathMeta } from './replace-local-path.meta.js';

export const replaceLocalPath = defineCheck<GoModel>()({
  ...replaceLocalPathMeta,
  run(model, report) {
    for (const doc of [...model.mods, ...model.works]) {
      for (const r of doc.replaces) {
        if (!r.local) continue;
        const outside = leavesRoot(doc.dir, r.newPath);
        report({
          messageId: outside ? 'outside' : 'local',
          severity: outside ? 'medium' : 'info',
          data: { file: doc.path, module: r.oldPath, target: r.newPath },
          at: r.at,
          package: { name: r.oldPath },
          key: `${r.oldPath}=>${r.newPath}`,
        });
      }
    }
  },
});
