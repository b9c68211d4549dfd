/** Dynamic and changing versions without dependency locking. https://docs.gradle.org/current/userguide/dynamic_versions.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { dynamicVersionMeta } from './dynamic-version.meta.js';

const DYNAMIC = /\+$|^latest\.|^[[(].*[\])]$|,|-SNAPSHOT$/;

export const dynamicVersion = defineCheck<GradleModel>()({
  ...dynamicVersionMeta,
  run(model, report) {
    const locked = model.lockfiles.length > 0 || model.scripts.some((s) => s.locking);
    if (locked) return;
    for (const s of model.scripts) {
      for (const d of s.deps) {
        if (!d.version || !DYNAMIC.test(d.version)) continue;
        report({
          messageId: 'dynamic',
          data: { coordinate: `${d.group}:${d.name}`, version: d.version, file: s.path },
          at: d.at,
          package: { name: `${d.group}:${d.name}`, version: d.version },
        });
      }
    }
    for (const s of model.scripts) {
      for (const p of s.plugins) {
        if (!p.version || !DYNAMIC.test(p.version)) continue;
        report({
          messageId: 'plugin',
          data: { id: p.id, version: p.version, file: s.path },
          at: p.at,
          package: { name: p.id, version: p.version },
        });
      }
    }
    for (const c of model.catalogs) {
      for (const d of [...c.libraries, ...c.plugins]) {
        if (!d.version || !DYNAMIC.test(d.version)) continue;
        const coordinate = d.group === d.name ? d.name : `${d.group}:${d.name}`;
        report({
          messageId: 'catalog',
          data: { alias: d.alias, coordinate, version: d.version, file: c.path },
          at: { file: c.path, line: d.line, column: 1 },
          package: { name: coordinate, version: d.version },
        });
      }
    }
  },
});
