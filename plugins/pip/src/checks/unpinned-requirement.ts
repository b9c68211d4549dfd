/** Requirements without an exact pin in files pip installs directly. https://pip.pypa.io/en/stable/topics/repeatable-installs/ */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { unpinnedRequirementMeta } from './unpinned-requirement.meta.js';

export const unpinnedRequirement = defineCheck<PipModel>()({
  ...unpinnedRequirementMeta,
  run(model, report) {
    for (const file of model.requirements) {
      if (file.role !== 'install') continue;
      for (const r of file.requirements) {
        if (r.pinned || r.editable || r.url !== undefined || !r.name) continue;
        report({
          messageId: 'unpinned',
          data: { name: r.name, spec: r.specifier || 'any version' },
          at: { file: file.path, line: r.line, column: r.column },
          package: { name: r.name },
        });
      }
    }
  },
});
