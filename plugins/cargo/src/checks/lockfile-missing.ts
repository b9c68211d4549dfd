/** A workspace with binaries and no Cargo.lock. https://doc.rust-lang.org/cargo/faq.html#why-have-cargolock-in-version-control */
import { defineCheck } from '@inert/core';
import type { CargoModel, Manifest } from '../model.js';
import { parentOf, workspaceRoot } from '../workspace.js';

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
    'Binary targets are recognised from [[bin]] tables and auto-discovered src/main.rs and src/bin/ files. The crate\u2019s workspace is found as cargo finds it (the first `[workspace]` above it that does not `exclude` it, or a `package.workspace` pointer); a Cargo.lock in a directory above whose Cargo.toml is not in the scan is counted as the crate\u2019s lock.',
  reads: ['manifest', 'lockfile', 'build-script'],
  examples: {
    bad: [
      'lockfile-missing--binary-without-lock',
      'lockfile-missing--src-bin-workspace',
      'lockfile-missing--excluded-from-workspace',
    ],
    good: ['clean--locked-registry-crates', 'clean--build-disabled', 'clean--workspace-exclude-path-prefix'],
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

/** The crate's workspace root has a Cargo.lock; or a lock above it sits where no manifest was scanned (its workspace cannot be read). */
function locked(model: CargoModel, m: Manifest): boolean {
  const root = workspaceRoot(model, m);
  if (root === undefined) return true;
  if (model.locks.some((l) => l.dir === root)) return true;
  const manifestDirs = new Set(model.manifests.map((x) => x.dir));
  for (let dir = parentOf(m.dir); dir !== undefined; dir = parentOf(dir))
    if (!manifestDirs.has(dir) && model.locks.some((l) => l.dir === dir)) return true;
  return false;
}
