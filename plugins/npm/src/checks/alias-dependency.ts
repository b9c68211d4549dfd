/** `npm:` aliases that install a package under another name. https://docs.npmjs.com/cli/commands/npm-install#alias */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';

export const aliasDependency = defineCheck<NpmModel>()({
  id: 'alias-dependency',
  question: 'name-identity',
  title: 'A dependency is installed under another package\u2019s name',
  description:
    'A manifest or pnpm catalog declares `"name": "npm:other@range"`: code imports `name` while the bytes come from `other`. Aliases have honest uses (two majors side by side, a fork), but they are also how a look-alike package is slipped in under a trusted name, and tools that read only the declared name audit the wrong package.',
  severity: 'low',
  confidence: 'high',
  messages: { alias: '{name} in {field} is an alias: it installs {target}' },
  remediation:
    'Prefer depending on the real name; when an alias is needed, name it so the real package is evident (e.g. `lodash-v3` for `npm:lodash@3`).',
  limitations:
    'Aliases only visible in a lock (without a manifest) are not reported; overrides that alias transitive packages are reported when written as strings.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['alias-dependency--npm-alias'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    const seen = [...model.manifests.flatMap((m) => m.dependencies.map((d) => ({ d, file: m.path })))];
    for (const ws of model.pnpmWorkspaces) {
      const catalogs: [string[], unknown][] = [[['catalog'], ws.value.catalog]];
      if (ws.value.catalogs && typeof ws.value.catalogs === 'object')
        for (const [k, v] of Object.entries(ws.value.catalogs)) catalogs.push([['catalogs', k], v]);
      for (const [route, cat] of catalogs) {
        if (!cat || typeof cat !== 'object') continue;
        for (const [name, spec] of Object.entries(cat)) {
          if (typeof spec === 'string')
            seen.push({
              d: { name, spec, field: route.join('.'), at: { doc: ws.doc, route: [...route, name], part: 'value' } },
              file: ws.path,
            });
        }
      }
    }
    for (const { d, file } of seen) {
      const m = /^npm:(@?[^@]+)(?:@(.*))?$/.exec(d.spec);
      if (!m || m[1] === d.name) continue;
      report({
        messageId: 'alias',
        data: { name: d.name, field: d.field, target: m[2] ? `${m[1]}@${m[2]}` : m[1]! },
        at: d.at,
        key: `${file}#${d.field}.${d.name}`,
        evidence: d.spec,
      });
    }
  },
});
