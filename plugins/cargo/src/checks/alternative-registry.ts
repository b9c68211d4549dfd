/** Registries other than crates.io. https://doc.rust-lang.org/cargo/reference/registries.html */
import { defineCheck } from '@inert/core';
import { table } from '../load/manifest.js';
import type { CargoModel } from '../model.js';

const CRATES_IO = /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/)$/;

export const alternativeRegistry = defineCheck<CargoModel>()({
  id: 'alternative-registry',
  question: 'multi-source-resolution',
  title: 'Crates come from a registry other than crates.io',
  description:
    'The checkout configures `[registries]`, a dependency names `registry = "…"`, or Cargo.lock has sources other than crates.io. Alternative registries are how organisations publish private crates; they are listed so reviewers know which hosts decide what their names resolve to.',
  severity: 'low',
  confidence: 'high',
  messages: {
    configured: '{file} configures registry {name} at {url}',
    dependency: '{name} is taken from registry {registry}',
    locked: '{name} {version} is locked from {source}',
  },
  remediation: 'Acknowledge expected registries in the inert config; use distinct crate names for private crates so they cannot be confused with crates.io ones.',
  limitations: 'Ownership of the registry host is not checked.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: { bad: ['alternative-registry--private-registry'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const c of model.configs) {
      for (const [name, r] of Object.entries(table(c.doc.value.registries))) {
        report({ messageId: 'configured', data: { file: c.path, name, url: String(table(r).index ?? '?') }, at: { doc: c.doc, route: ['registries', name], part: 'key' }, key: name });
      }
    }
    for (const m of model.manifests) {
      for (const d of m.dependencies) if (d.registry) report({ messageId: 'dependency', data: { name: d.name, registry: d.registry }, at: { doc: m.doc, route: d.route, part: 'key' }, package: { name: d.name }, key: d.route.join('.') });
    }
    for (const lock of model.locks) {
      for (const p of lock.packages) {
        if (!p.source || p.source.startsWith('git+') || CRATES_IO.test(p.source)) continue;
        report({ messageId: 'locked', data: { name: p.name, version: p.version, source: p.source }, at: { doc: lock.doc, route: ['package', p.index, 'source'], part: 'value' }, package: { name: p.name, version: p.version } });
      }
    }
  },
});
