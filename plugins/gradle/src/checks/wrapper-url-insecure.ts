/** Wrapper distribution over http: or from an unofficial host. https://docs.gradle.org/current/userguide/gradle_wrapper.html */
import { defineCheck } from '@inert/core';
import { property } from '../load/properties.js';
import type { GradleModel } from '../model.js';
import { wrapperUrlInsecureMeta } from './wrapper-url-insecure.meta.js';

export const wrapperUrlInsecure = defineCheck<GradleModel>()({
  ...wrapperUrlInsecureMeta,
  run(model, report) {
    for (const w of model.wrappers) {
      const url = property(w, 'distributionUrl');
      if (!url) continue;
      const m = /^(\w+):\/\/([^/:]+)/.exec(url.value);
      if (!m) continue;
      const at = { file: w.path, line: url.line, column: 1 };
      if (m[1]!.toLowerCase() === 'http')
        report({ messageId: 'http', data: { file: w.path, url: url.value }, at, key: w.path });
      else if (m[2] !== 'services.gradle.org')
        report({ messageId: 'host', severity: 'medium', data: { file: w.path, host: m[2]! }, at, key: w.path });
    }
  },
});
