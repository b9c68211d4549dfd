/** Wrapper without distributionSha256Sum. https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification */
import { defineCheck } from '@inert/core';
import { property } from '../load/properties.js';
import type { GradleModel } from '../model.js';
import { wrapperMissingSha256Meta } from './wrapper-missing-sha256.meta.js';

export const wrapperMissingSha256 = defineCheck<GradleModel>()({
  ...wrapperMissingSha256Meta,
  run(model, report) {
    for (const w of model.wrappers) {
      const url = property(w, 'distributionUrl');
      if (!url || property(w, 'distributionSha256Sum')?.value) continue;
      report({
        messageId: 'missing',
        data: { file: w.path, url: url.value },
        at: { file: w.path, line: url.line, column: 1 },
        key: w.path,
      });
    }
  },
});
