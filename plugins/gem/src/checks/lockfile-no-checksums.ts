/** Gemfile.lock without a CHECKSUMS section. https://bundler.io/blog/2024/12/19/bundler-v2-6.html */
import { counted, defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { lockfileNoChecksumsMeta } from './lockfile-no-checksums.meta.js';

export const lockfileNoChecksums = defineCheck<GemModel>()({
  ...lockfileNoChecksumsMeta,
  run(model, report) {
    for (const l of model.locks) {
      if (l.checksums || l.specs.length === 0) continue;
      report({
        messageId: 'none',
        data: { file: l.path, gems: counted(l.specs.length, 'gem') },
        at: { file: l.path, line: 1, column: 1 },
        key: l.path,
      });
    }
  },
});
