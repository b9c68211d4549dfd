/** `[source.*] replace-with`, `paths` overrides, and `[patch]`/`[replace]` entries. https://doc.rust-lang.org/cargo/reference/source-replacement.html */
import { defineCheck } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel, Dependency } from '../model.js';
import { sourceReplacementMeta } from './source-replacement.meta.js';

export const sourceReplacement = defineCheck<CargoModel>()({
  ...sourceReplacementMeta,
  run(model, report) {
    const target = (d: Dependency) =>
      d.git ??
      (d.path !== undefined
        ? `path ${d.path}`
        : d.registry !== undefined
          ? `registry ${d.registry}`
          : (d.version ?? '?'));
    for (const c of model.configs) {
      const sources = table(c.doc.value.source);
      for (const [name, s] of entries(sources)) {
        const to = str(table(s)['replace-with']);
        if (to === undefined) continue;
        const t = table(sources[to]);
        const kind =
          t.directory !== undefined
            ? 'vendored directory'
            : t['local-registry'] !== undefined
              ? 'local registry'
              : t.git !== undefined
                ? 'git repository'
                : t.registry !== undefined
                  ? 'registry'
                  : 'named registry';
        report({
          messageId: 'replaced',
          data: { file: c.path, source: name, target: to, kind },
          at: { doc: c.doc, route: ['source', name, 'replace-with'], part: 'key' },
          key: `source.${name}`,
        });
      }
      const paths = c.doc.value.paths;
      if (Array.isArray(paths)) {
        paths.forEach((p, i) =>
          report({
            messageId: 'paths',
            data: { file: c.path, path: String(p) },
            at: { doc: c.doc, route: ['paths', i], part: 'value' },
            key: `paths.${i}`,
          }),
        );
      }
      for (const d of c.patches)
        report({
          messageId: 'configPatch',
          data: { file: c.path, name: d.name, source: String(d.route[1]), target: target(d) },
          at: { doc: c.doc, route: d.route, part: 'key' },
          package: { name: d.name },
          key: d.route.join('.'),
        });
    }
    for (const m of model.manifests) {
      for (const d of m.dependencies) {
        if (d.section !== 'patch' && d.section !== 'replace') continue;
        // Visible in the manifest and limited to the named crates: lower than a config-wide replacement.
        report({
          messageId: 'patch',
          severity: 'low',
          data: {
            file: m.path,
            name: d.name,
            source: d.section === 'replace' ? d.key : String(d.route[1]),
            target: target(d),
          },
          at: { doc: m.doc, route: d.route, part: 'key' },
          package: { name: d.name },
          key: d.route.join('.'),
        });
      }
    }
  },
});
