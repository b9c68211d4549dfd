/** Crate names equal after case folding and `-`/`_` normalisation. https://doc.rust-lang.org/cargo/reference/manifest.html#the-name-field */
import { defineCheck } from '@inert/core';
import type { CargoModel, LockPackage } from '../model.js';

export const nameCollision = defineCheck<CargoModel>()({
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two crate names differ only by case or - and _',
  description:
    'crates.io treats names that differ only by case or by `-` versus `_` as the same crate and refuses to register the second, but alternative registries, git sources and path crates do not. Two such spellings in one Cargo.lock are two different crates that a reader takes for one: the shape of a confusion attack through an alternative registry or a fork.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    collision:
      '{name} ({source}) and {other} ({otherSource}) are the same name for crates.io but different crates here',
  },
  remediation:
    'Rename one of them (or depend on it through a `package = "…"` rename) so the names are distinct after normalisation, and check where each one comes from.',
  limitations:
    'Only names within one Cargo.lock are compared; look-alike names (e.g. `serde-json` vs `serde_jsan`) are not.',
  reads: ['lockfile'],
  examples: {
    bad: ['name-collision--dash-underscore'],
    good: ['clean--locked-registry-crates', 'clean--renamed-dependency'],
  },
  since: 'next',
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
