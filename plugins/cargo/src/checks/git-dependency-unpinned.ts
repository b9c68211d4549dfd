/** Git dependencies that follow a branch instead of a commit. https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html#specifying-dependencies-from-git-repositories */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';

export const gitDependencyUnpinned = defineCheck<CargoModel>()({
  id: 'git-dependency-unpinned',
  question: 'lockfile-integrity',
  title: 'A git dependency follows a branch or tag, not a commit',
  description:
    'A dependency comes from git with a `branch`, a `tag` or no ref at all (the default branch). Cargo.lock records the commit it resolved, but `cargo update` (or any build without the lock) moves to whatever the branch points at now, and a tag can be moved by the repository owner.',
  severity: 'low',
  confidence: 'high',
  messages: {
    branch: '{name} follows branch {ref} of {git}',
    tag: '{name} follows tag {ref} of {git}: tags can be moved',
    default: '{name} follows the default branch of {git}',
  },
  remediation: 'Pin `rev = "<full commit sha>"` (keep the tag in a comment).',
  limitations: 'A short `rev` is accepted as a pin.',
  reads: ['manifest'],
  examples: { bad: ['git-dependency-unpinned--branch-tag-default'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      for (const d of m.dependencies) {
        if (!d.git || d.rev) continue;
        const messageId = d.branch ? 'branch' : d.tag ? 'tag' : 'default';
        report({ messageId, data: { name: d.name, ref: d.branch ?? d.tag ?? '', git: d.git }, at: { doc: m.doc, route: d.route, part: 'key' }, package: { name: d.name }, key: d.route.join('.') });
      }
    }
  },
});
