/** Process, eval and network calls in a Gemfile or gemspec. https://bundler.io/man/gemfile.5.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { dangerousCallMeta } from './dangerous-call.meta.js';

export const dangerousCall = defineCheck<GemModel>()({
  ...dangerousCallMeta,
  run(model, report) {
    for (const m of model.manifests) {
      for (const d of m.dangerous)
        report({
          messageId: 'call',
          data: { file: m.path, call: d.call, detail: d.detail },
          at: d.at,
          evidence: d.detail,
          key: `${d.call}:${d.detail}`,
        });
    }
  },
});
