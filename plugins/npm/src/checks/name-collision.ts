/** Package names in one project that differ only by case or punctuation, or that use non-ASCII characters. https://docs.npmjs.com/cli/configuring-npm/package-json#name */
import { defineCheck } from '@inert/core';
import { isInside } from '../load/paths.js';
import type { NpmModel } from '../model.js';
import { pkgRef } from '../support.js';
import { nameCollisionMeta } from './name-collision.meta.js';

export const nameCollision = defineCheck<NpmModel>()({
  ...nameCollisionMeta,
  run(model, report) {
    for (const lock of model.locks) {
      const byKey = new Map<string, string>();
      const reported = new Set<string>();
      const names = [
        ...lock.entries.map((e) => ({ name: e.name, at: e.at, e })),
        ...model.manifests
          .filter((m) => isInside(m.dir, lock.dir))
          .flatMap((m) => m.dependencies.map((d) => ({ name: d.name, at: d.at, e: undefined }))),
      ];
      for (const { name, at, e } of names) {
        if (reported.has(name)) continue;
        if (/[^\x20-\x7e]/.test(name)) {
          reported.add(name);
          report({
            messageId: 'nonAscii',
            data: { name },
            at,
            key: `${lock.path}#${name}`,
            ...(e ? { package: pkgRef(e) } : {}),
          });
          continue;
        }
        const key = name.toLowerCase();
        const other = byKey.get(key);
        if (other === undefined) byKey.set(key, name);
        else if (other !== name) {
          reported.add(name);
          report({
            messageId: 'similar',
            data: { name, other },
            at,
            key: `${lock.path}#${name}`,
            ...(e ? { package: pkgRef(e) } : {}),
          });
        }
      }
    }
  },
});
