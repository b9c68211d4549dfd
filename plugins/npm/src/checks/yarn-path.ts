/** `yarnPath` / `yarn-path`: a checked-in JavaScript file that every yarn command runs. https://yarnpkg.com/configuration/yarnrc#yarnPath */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { yarnPathMeta } from './yarn-path.meta.js';

export const yarnPath = defineCheck<NpmModel>()({
  ...yarnPathMeta,
  run(model, report) {
    for (const y of model.yarnrcYmls) {
      if (typeof y.value.yarnPath !== 'string') continue;
      report({
        messageId: 'yarnPath',
        data: { file: y.path, key: 'yarnPath', path: y.value.yarnPath },
        at: { doc: y.doc, route: ['yarnPath'], part: 'value' },
        key: y.path,
        evidence: y.value.yarnPath,
      });
    }
    for (const rc of model.yarnrcs) {
      for (const e of rc.entries) {
        if (e.key !== 'yarn-path') continue;
        report({
          messageId: 'yarnPath',
          data: { file: rc.path, key: 'yarn-path', path: e.value },
          at: { file: rc.path, line: e.line, column: e.valueColumn },
          key: rc.path,
          evidence: e.value,
        });
      }
    }
  },
});
