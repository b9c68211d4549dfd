/** A workspace with binaries and no Cargo.lock. https://doc.rust-lang.org/cargo/faq.html#why-have-cargolock-in-version-control */
import { defineCheck } from '@inert/core';
import type { CargoModel, Manifest } from '../model.js';
import { parentOf, workspaceRoot } from '../workspace.js';
import { lockfileMissingMeta } from './lockfile-missing.meta.js';

export const lockfileMissing = defineCheck<CargoModel>()({
  ...lockfileMissingMeta,
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
