/** Names that are one project under PEP 503 but spelled differently, and names PyPI would not accept. https://packaging.python.org/en/latest/specifications/name-normalization/ */
import { defineCheck, type Pointer } from '@inert/core';
import { setupCfgRequires } from '../facts.js';
import { isValidName, normalizeName, parseSpec } from '../load/pep508.js';
import type { PipModel } from '../model.js';

interface Named {
  name: string;
  at: Pointer;
  group: string;
}

export const nameCollision = defineCheck<PipModel>()({
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two spellings of one package name, or a name that is not a valid distribution name',
  description:
    'pip, uv, Poetry, PDM and PyPI compare names after PEP 503 normalisation (case folded, runs of `-`, `_`, `.` made one `-`), so `Foo_Bar` and `foo-bar` are one project. Two spellings in one project\u2019s manifests and requirements point at the same package but read as two to reviewers, allowlists and tools that compare raw strings (low). Names with non-ASCII or other invalid characters cannot be PyPI projects: they come from elsewhere or are homoglyph look-alikes (medium).',
  severity: 'medium',
  severityRule: [
    { severity: 'medium', when: 'a name is not a valid distribution name (PEP 508)' },
    {
      severity: 'low',
      when: 'one project writes the same normalised name two ways: pip treats them as one, other tools may not',
    },
  ],
  confidence: 'high',
  messages: {
    spelling: '{name} and {other} are the same project after normalisation ({normalized}) but are spelled differently',
    invalidName:
      '{name} is not a valid distribution name (non-ASCII or forbidden characters): it cannot be a PyPI project and may imitate one',
  },
  remediation:
    'Spell each dependency the same way everywhere (the normalised form is safest); replace invalid names with the intended project\u2019s real name.',
  limitations:
    'Confusable but distinct ASCII names (`l`/`1`, `o`/`0`) are not compared against PyPI (inert is offline); lock keys are compared only within one lock.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['name-collision--two-spellings'], good: ['clean--requirements-hashed'] },
  since: 'next',
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
