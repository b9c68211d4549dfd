/** `http:` and `git://` registries, indexes and git dependencies, and CA bundles from the checkout. https://doc.rust-lang.org/cargo/reference/config.html#registries */
import { defineCheck, type Pointer, type TomlDocument } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel, Dependency } from '../model.js';
import { insecureSourceMeta } from './insecure-source.meta.js';

const INSECURE = /^(?:registry\+|sparse\+|git\+)?(?:http|git):\/\//i;

export const insecureSource = defineCheck<CargoModel>()({
  ...insecureSourceMeta,
  run(model, report) {
    const hit = (what: string, url: string, at: Pointer, key: string) =>
      report({ messageId: 'insecure', data: { what, url }, at, evidence: url, key });
    const deps = (list: readonly Dependency[], doc: TomlDocument, file: string) => {
      for (const d of list)
        if (d.git && INSECURE.test(d.git))
          hit(
            `${d.section === 'patch' ? 'patch' : 'dependency'} ${d.name} in ${file}`,
            d.git,
            { doc, route: [...d.route, 'git'], part: 'value' },
            d.route.join('.'),
          );
    };
    for (const c of model.configs) {
      for (const [name, r] of entries(c.doc.value.registries)) {
        const index = str(table(r).index);
        if (index !== undefined && INSECURE.test(index))
          hit(
            `registry ${name} in ${c.path}`,
            index,
            { doc: c.doc, route: ['registries', name, 'index'], part: 'value' },
            `registries.${name}`,
          );
      }
      for (const [name, s] of entries(c.doc.value.source)) {
        for (const field of ['registry', 'git']) {
          const url = str(table(s)[field]);
          if (url !== undefined && INSECURE.test(url))
            hit(
              `source ${name} in ${c.path}`,
              url,
              { doc: c.doc, route: ['source', name, field], part: 'value' },
              `source.${name}`,
            );
        }
      }
      const cainfo = str(table(c.doc.value.http).cainfo);
      // A relative path resolves inside the checkout (config-relative); an absolute one is the machine's own bundle.
      if (cainfo !== undefined && !/^(?:[/\\]|[A-Z]:)/i.test(cainfo))
        report({
          messageId: 'cainfo',
          severity: 'medium',
          data: { file: c.path, path: cainfo },
          at: { doc: c.doc, route: ['http', 'cainfo'], part: 'value' },
          evidence: cainfo,
          key: 'http.cainfo',
        });
      deps(c.patches, c.doc, c.path);
    }
    for (const m of model.manifests) deps(m.dependencies, m.doc, m.path);
    for (const lock of model.locks) {
      for (const p of lock.packages)
        if (p.source && INSECURE.test(p.source))
          hit(
            `${p.name} ${p.version} in ${lock.path}`,
            p.source,
            { doc: lock.doc, route: [...p.route, 'source'], part: 'value' },
            `${p.name}@${p.version}`,
          );
    }
  },
});
