/** Registry packages in Cargo.lock without a checksum. https://doc.rust-lang.org/cargo/reference/registry-index.html#index-format */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';

export const lockEntryWithoutChecksum = defineCheck<CargoModel>()({
  id: 'lock-entry-without-checksum',
  question: 'lockfile-integrity',
  title: 'A registry crate is locked without a checksum',
  description:
    'A Cargo.lock entry from a registry has no `checksum` (nor a v1 `[metadata]` checksum): cargo accepts whatever bytes the registry serves for that name and version. Git and path entries legitimately have none (git pins a commit).',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{name} {version} is locked from {source} without a checksum',
  },
  remediation: 'Regenerate the entry (`cargo update -p {name} --precise {version}`) so cargo records its checksum; find out why it was missing.',
  limitations: 'Checksums are not verified against the registry (inert is offline).',
  reads: ['lockfile'],
  examples: { bad: ['lock-entry-without-checksum--registry-entry'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const lock of model.locks) {
      for (const p of lock.packages) {
        if (!p.source || p.source.startsWith('git+') || p.checksum) continue;
        report({ messageId: 'missing', data: { name: p.name, version: p.version, source: p.source }, at: { doc: lock.doc, route: ['package', p.index], part: 'key' }, package: { name: p.name, version: p.version } });
      }
    }
  },
});
