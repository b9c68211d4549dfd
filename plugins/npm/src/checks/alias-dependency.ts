/** `npm:` aliases that install a package under another name. https://docs.npmjs.com/cli/commands/npm-install#alias */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { aliasDependencyMeta } from './alias-dependency.meta.js';

export const aliasDependency = defineCheck<NpmModel>()({
  ...aliasDependencyMeta,
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
