/** Registries other than crates.io. https://doc.rust-lang.org/cargo/reference/registries.html */
import { defineCheck } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel } from '../model.js';
import { alternativeRegistryMeta } from './alternative-registry.meta.js';

// Cargo.lock names crates.io by its git index URL even when the sparse protocol fetched it.
const CRATES_IO =
  /^(?:registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/)$/;

export const alternativeRegistry = defineCheck<CargoModel>()({
  ...alternativeRegistryMeta,
  run(model, report) {
    for (const c of model.configs) {
      for (const [name, r] of entries(c.doc.value.registries)) {
        // `[registries.crates-io] protocol = …` tunes crates.io itself.
        if (name === 'crates-io' && table(r).index === undefined) continue;
        const url = str(table(r).index);
        report({
          messageId: 'configured',
          data: { file: c.path, name, url: url ?? '(no index)' },
          at: { doc: c.doc, route: ['registries', name], part: 'key' },
          key: `registries.${name}`,
          ...hostOf(url),
        });
      }
      const dflt = str(table(c.doc.value.registry).default);
      if (dflt !== undefined && dflt !== 'crates-io')
        report({
          messageId: 'defaultRegistry',
          data: { file: c.path, name: dflt },
          at: { doc: c.doc, route: ['registry', 'default'], part: 'key' },
          key: 'registry.default',
        });
    }
    for (const m of model.manifests) {
      for (const d of m.dependencies) {
        const registry = d.registry ?? d.registryIndex;
        if (registry !== undefined)
          report({
            messageId: 'dependency',
            data: { name: d.name, registry },
            at: { doc: m.doc, route: d.route, part: 'key' },
            package: { name: d.name },
            key: d.route.join('.'),
          });
      }
    }
    for (const lock of model.locks) {
      for (const p of lock.packages) {
        if (!p.source || p.source.startsWith('git+') || CRATES_IO.test(p.source)) continue;
        report({
          messageId: 'locked',
          data: { name: p.name, version: p.version, source: p.source },
          at: { doc: lock.doc, route: [...p.route, 'source'], part: 'value' },
          package: { name: p.name, version: p.version },
          ...hostOf(p.source.replace(/^(registry|sparse)\+/, '')),
        });
      }
    }
  },
});

/** The registry's hostname, so a config `allow.hosts` entry can accept it (`sparse+https://…` too). */
function hostOf(url: string | undefined): { host?: string } {
  if (url === undefined) return {};
  try {
    const host = new URL(url.replace(/^sparse\+/, '')).hostname;
    return host ? { host } : {};
  } catch {
    return {};
  }
}
