/** Package names in one project that differ only by case or punctuation, or that use non-ASCII characters. https://docs.npmjs.com/cli/configuring-npm/package-json#name */
import { defineCheck } from '@inert/core';
import { isInside } from '../load/paths.js';
import type { NpmModel } from '../model.js';
import { pkgRef } from '../support.js';

export const nameCollision = defineCheck<NpmModel>()({
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two package names in one project look alike',
  description:
    'Two names locked or declared in one project differ only by case, or a name contains non-ASCII characters. New npm names must be lowercase and URL-safe, so such a pair means one of them is a legacy name or a look-alike, and case-insensitive file systems cannot even hold both in one node_modules.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    similar: '{name} and {other} differ only by case',
    nonAscii: '{name} contains non-ASCII characters',
  },
  remediation: 'Check that both packages are the ones you mean; replace the unintended one and pin the intended name.',
  limitations:
    'Names that differ only by punctuation (`camelcase`/`camel-case`, `object.assign`/`object-assign`) are common legitimate legacy pairs and are not reported. Confusable characters across scripts are flagged only as non-ASCII; names in different projects are not compared.',
  reads: ['lockfile', 'manifest'],
  examples: { bad: ['name-collision--case-and-non-ascii'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
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
