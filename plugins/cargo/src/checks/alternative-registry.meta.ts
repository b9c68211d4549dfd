/** The metadata of cargo/alternative-registry: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const alternativeRegistryMeta = {
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
} as const satisfies CheckMeta;
