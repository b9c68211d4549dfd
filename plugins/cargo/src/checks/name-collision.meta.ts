/** The metadata of cargo/name-collision: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const nameCollisionMeta = {
  id: 'name-collision',
  question: 'name-identity',
  title: 'Two crate names differ only by case or - and _',
  description:
    'crates.io treats names that differ only by case or by `-` versus `_` as the same crate and refuses to register the second, but alternative registries, git sources and path crates do not. Two such spellings in one Cargo.lock are two different crates that a reader takes for one: the shape of a confusion attack through an alternative registry or a fork.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    collision:
      '{name} ({source}) and {other} ({otherSource}) are the same name for crates.io but different crates here',
  },
  remediation:
    'Rename one of them (or depend on it through a `package = "…"` rename) so the names are distinct after normalisation, and check where each one comes from.',
  limitations:
    'Only names within one Cargo.lock are compared; look-alike names (e.g. `serde-json` vs `serde_jsan`) are not.',
  reads: ['lockfile'],
  examples: {
    bad: ['name-collision--dash-underscore'],
    good: ['clean--locked-registry-crates', 'clean--renamed-dependency'],
  },
  since: 'next',
} as const satisfies CheckMeta;
