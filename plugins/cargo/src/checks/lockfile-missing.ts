/** A workspace with binaries and no Cargo.lock. https://doc.rust-lang.org/cargo/faq.html#why-have-cargolock-in-version-control */
import { defineCheck } from '@inert/core';
import type { CargoModel, Manifest } from '../model.js';

export const lockfileMissing = defineCheck<CargoModel>()({
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'Binaries are built without a committed Cargo.lock',
  description:
    'A crate with binary targets (src/main.rs or [[bin]]) has no Cargo.lock in its directory or any workspace root above it. Every build resolves versions afresh: a newly published (or compromised) version is picked up without review, and no checksum pins the bytes. Libraries may leave the lock out; binaries should not (the Cargo FAQ recommends committing it).',
  severity: 'low',
  confidence: 'medium',
  messages: {
    missing: '{crate} builds binaries and no Cargo.lock is committed',
  },
  remediation: 'Commit Cargo.lock and build with `--locked` in CI.',
  limitations:
    'Binary targets are recognised from [[bin]] tables and auto-discovered src/main.rs and src/bin/ files; a crate excluded from the workspace above it is treated as covered by that workspace\u2019s lock.',
  reads: ['manifest', 'lockfile', 'build-script'],
  examples: {
    bad: ['lockfile-missing--binary-without-lock', 'lockfile-missing--src-bin-workspace'],
    good: ['clean--locked-registry-crates', 'clean--build-disabled'],
  },
  since: 'next',
  run(model, report) {
    // A published crate is locked by its dependents (crates.io ignores a library's Cargo.lock).
    if (model.packageMode) return;
    for (const m of model.manifests) {
      if (!m.hasBinaries || locked(model, m)) continue;
      report({
        messageId: 'missing',
        data: { crate: m.name ?? m.path },
        at: { doc: m.doc, route: ['package'], part: 'key' },
        key: m.path,
      });
    }
  },
});

function locked(model: CargoModel, m: Manifest): boolean {
  return model.locks.some((l) => l.dir === m.dir || l.dir === '' || m.dir.startsWith(`${l.dir}/`));
}
