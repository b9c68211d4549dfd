/** Registries other than crates.io. https://doc.rust-lang.org/cargo/reference/registries.html */
import { defineCheck } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel } from '../model.js';

// Cargo.lock names crates.io by its git index URL even when the sparse protocol fetched it.
const CRATES_IO =
  /^(?:registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/)$/;

export const alternativeRegistry = defineCheck<CargoModel>()({
  id: 'alternative-registry',
  question: 'multi-source-resolution',
  title: 'Crates come from a registry other than crates.io',
  description:
    'The checkout configures `[registries]` or a default publish registry, a dependency names `registry = "…"` (or `registry-index`), or Cargo.lock has registry sources other than crates.io. Cargo never searches several registries for one name — each dependency names its registry — so this is not npm-style dependency confusion; it is listed so reviewers know which hosts decide what those names resolve to, and so an internal crate name that is also free on crates.io can be spotted.',
  severity: 'low',
  confidence: 'high',
  messages: {
    configured: '{file} configures registry {name} at {url}',
    defaultRegistry: '{file} makes {name} the default registry for publish and other registry commands',
    dependency: '{name} is taken from registry {registry}',
    locked: '{name} {version} is locked from {source}',
  },
  remediation:
    'Acknowledge expected registries in the inert config; give private crates names that are distinct from (or reserved on) crates.io. A host your organisation runs belongs under `allow.hosts.cargo` in inert.config.json: its findings are then kept as accepted, with that reason.',
  limitations:
    'Who controls the registry host is not checked; registries set only through `CARGO_REGISTRIES_*` environment variables are not seen.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: { bad: ['alternative-registry--private-registry'], good: ['clean--locked-registry-crates'] },
  since: 'next',
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
