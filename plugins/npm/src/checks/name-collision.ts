/** Package names in one project that differ only by case or punctuation, or that use non-ASCII characters. https://docs.npmjs.com/cli/configuring-npm/package-json#name */
import { defineCheck } from '@inert/core';
import { isInside } from '../load/paths.js';
import type { Pointer } from '@inert/core';
import type { LockEntry, NpmModel } from '../model.js';
import { pkgRef } from '../support.js';
import { nameCollisionMeta } from './name-collision.meta.js';

export const nameCollision = defineCheck<NpmModel>()({
  ...nameCollisionMeta,
  run(model, report) {
    for (const lock of model.locks) {
      const byKey = new Map<string, string>();
      const reported = new Set<string>();
      /** One name, in the lock's entries first and then the manifests' dependencies; `at` is read only for a finding. */
      const visit = (name: string, from: { readonly at: Pointer }, e: LockEntry | undefined): void => {
        if (reported.has(name)) return;
        if (/[^\x20-\x7e]/.test(name)) {
          reported.add(name);
          report({
            messageId: 'nonAscii',
            data: { name },
            at: from.at,
            key: `${lock.path}#${name}`,
            ...(e ? { package: pkgRef(e) } : {}),
          });
          return;
        }
        const key = name.toLowerCase();
        const other = byKey.get(key);
        if (other === undefined) byKey.set(key, name);
        else if (other !== name) {
          reported.add(name);
          report({
            messageId: 'similar',
            data: { name, other },
            at: from.at,
            key: `${lock.path}#${name}`,
            ...(e ? { package: pkgRef(e) } : {}),
          });
        }
      };
      // No wrapper object and no pointer per entry (a pointer is made on each read of `at`): on a
      // 28,000-entry lock those were about 6 MB of objects made for the few names reported (issue #25).
      const { entries } = lock;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        visit(e.name, e, e);
      }
      for (const m of model.manifests) {
        if (!isInside(m.dir, lock.dir)) continue;
        for (const d of m.dependencies) visit(d.name, d, undefined);
      }
    }
  },
});
