/** Crate names equal after case folding and `-`/`_` normalisation. https://doc.rust-lang.org/cargo/reference/manifest.html#the-name-field */
import { defineCheck } from '@inert/core';
import type { CargoModel, LockPackage } from '../model.js';
import { nameCollisionMeta } from './name-collision.meta.js';

export const nameCollision = defineCheck<CargoModel>()({
  ...nameCollisionMeta,
  run(model, report) {
    for (const lock of model.locks) {
      const seen = new Map<string, LockPackage>();
      for (const p of lock.packages) {
        const key = p.name.toLowerCase().replace(/_/g, '-');
        const first = seen.get(key);
        if (!first) seen.set(key, p);
        else if (first.name !== p.name) {
          report({
            messageId: 'collision',
            data: { name: p.name, source: p.source ?? 'path', other: first.name, otherSource: first.source ?? 'path' },
            at: { doc: lock.doc, route: [...p.route, 'name'], part: 'value' },
            package: { name: p.name, version: p.version },
            related: [{ doc: lock.doc, route: [...first.route, 'name'], part: 'value' }],
          });
        }
      }
    }
  },
});
