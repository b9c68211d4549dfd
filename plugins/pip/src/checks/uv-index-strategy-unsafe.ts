/** uv `index-strategy` set to an unsafe mode that re-opens dependency confusion. https://docs.astral.sh/uv/concepts/indexes/#searching-across-multiple-indexes */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { uvIndexStrategyUnsafeMeta } from './uv-index-strategy-unsafe.meta.js';

export const uvIndexStrategyUnsafe = defineCheck<PipModel>()({
  ...uvIndexStrategyUnsafeMeta,
  run(model, report) {
    for (const t of model.tomls) {
      for (const s of t.uvSettings) {
        if (s.key === 'index-strategy' && (s.value === 'unsafe-best-match' || s.value === 'unsafe-first-match'))
          report({ messageId: 'unsafe', data: { value: s.value }, at: s.at });
      }
    }
  },
});
