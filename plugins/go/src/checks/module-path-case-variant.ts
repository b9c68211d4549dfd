/** Module paths that differ only by case. https://go.dev/ref/mod#goproxy-protocol (case encoding) */
import { defineCheck } from '@inert/core';
import type { GoModel, Require } from '../model.js';
import { modulePathCaseVariantMeta } from './module-path-case-variant.meta.js';

export const modulePathCaseVariant = defineCheck<GoModel>()({
  ...modulePathCaseVariantMeta,
  run(model, report) {
    const seen = new Map<string, Require>();
    for (const mod of model.mods) {
      for (const r of mod.requires) {
        const key = r.path.toLowerCase();
        const first = seen.get(key);
        if (!first) seen.set(key, r);
        else if (first.path !== r.path)
          report({
            messageId: 'variant',
            data: { module: r.path, other: first.path },
            at: r.at,
            package: { name: r.path, version: r.version },
            related: [first.at],
          });
      }
    }
  },
});
