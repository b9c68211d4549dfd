/** `replace` directives that swap a module for a different module path (a fork). https://go.dev/ref/mod#go-mod-file-replace */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';

export const replaceToOtherModule = defineCheck<GoModel>()({
  id: 'replace-to-other-module',
  question: 'name-identity',
  title: 'A module is replaced by a different module',
  description:
    'A `replace` directive makes the build use another module path (typically a fork) under the original import path. The code that runs is not the code its import paths name; go.sum pins the fork\u2019s bytes, but a reader of the imports sees the original.',
  severity: 'low',
  confidence: 'high',
  messages: {
    fork: '{file} replaces {module} with {target}@{version}: imports of {module} build the other module',
  },
  remediation: 'Prefer upstreaming the fix; otherwise keep the fork pinned to a version and document why in go.mod.',
  limitations: 'Whether the fork is trustworthy is not judged.',
  reads: ['manifest'],
  examples: { bad: ['replace-to-other-module--fork'], good: ['clean--module-with-sums'] },
  since: 'next',
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
