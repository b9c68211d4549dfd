/** Names that are one project under PEP 503 but spelled differently, and names PyPI would not accept. https://packaging.python.org/en/latest/specifications/name-normalization/ */
import { defineCheck, type Pointer } from '@inert/core';
import { setupCfgRequires } from '../facts.js';
import { isValidName, normalizeName, parseSpec } from '../load/pep508.js';
import type { PipModel } from '../model.js';
import { nameCollisionMeta } from './name-collision.meta.js';

interface Named {
  name: string;
  at: Pointer;
  group: string;
}

export const nameCollision = defineCheck<PipModel>()({
  ...nameCollisionMeta,
  run(model, report) {
    const named: Named[] = [];
    const groupOf = (dir: string): string => dir.replace(/(^|\/)(requirements|constraints)$/, '');
    for (const f of model.requirements) {
      // A fully pinned file is generated output (pip-compile): compared within itself only, like a lock.
      const generated = f.requirements.length > 0 && f.requirements.every((r) => r.pinned);
      for (const r of f.requirements)
        if (r.name)
          named.push({
            name: r.name,
            at: { file: f.path, line: r.line, column: r.column },
            group: generated ? `lock:${f.path}` : groupOf(f.dir),
          });
    }
    for (const t of model.tomls)
      for (const d of t.dependencies)
        if (d.origin === 'dependency') named.push({ name: d.name, at: d.at, group: t.dir });
    for (const c of model.setupCfgs) {
      for (const v of setupCfgRequires(c)) {
        const n = parseSpec(v.value).name;
        if (n) named.push({ name: n, at: { file: c.path, line: v.line, column: v.column }, group: c.dir });
      }
    }
    for (const s of model.setupPys)
      for (const r of s.requires)
        named.push({ name: r.name, at: { file: s.path, line: r.line, column: r.column }, group: s.dir });
    for (const lock of model.locks)
      for (const e of lock.entries)
        named.push({ name: e.name, at: { doc: lock.doc, route: e.route, part: 'key' }, group: `lock:${lock.path}` });
    const first = new Map<string, string>();
    for (const n of named) {
      if (!isValidName(n.name)) {
        report({ messageId: 'invalidName', data: { name: n.name }, at: n.at, package: { name: n.name }, key: n.name });
        continue;
      }
      const normalized = normalizeName(n.name);
      const key = `${n.group}\u0000${normalized}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, n.name);
      else if (seen !== n.name)
        report({
          messageId: 'spelling',
          data: { name: n.name, other: seen, normalized },
          at: n.at,
          package: { name: normalized },
          severity: 'low',
          key: n.name,
        });
    }
  },
});
