/** Git dependencies that follow a branch, a tag or a named ref instead of a commit. https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html#specifying-dependencies-from-git-repositories */
import { defineCheck } from '@inert/core';
import type { CargoModel, Dependency } from '../model.js';

// `rev` is anything git can resolve: a hash, or a named ref such as `refs/pull/493/head`.
const COMMIT = /^[0-9a-f]{7,64}$/i;

export const gitDependencyUnpinned = defineCheck<CargoModel>()({
  id: 'git-dependency-unpinned',
  question: 'lockfile-integrity',
  title: 'A git dependency follows a branch or tag, not a commit',
  description:
    'A dependency (or a `[patch]`/`[replace]` entry, in Cargo.toml or cargo config) comes from git with a `branch`, a `tag`, a `rev` that names a ref rather than a commit (`rev = "refs/pull/493/head"`), or no reference at all (the latest commit of the default branch). Cargo.lock records the commit it resolved, but `cargo update` — or any build without a lock — moves to whatever the reference points at now, and a tag can be moved by whoever controls the repository. Git sources have no checksum: the commit is the only pin.',
  severity: 'low',
  confidence: 'high',
  messages: {
    branch: '{name} follows branch {ref} of {git}',
    tag: '{name} follows tag {ref} of {git}: tags can be moved',
    default: '{name} follows the default branch of {git}',
    namedRev: '{name} uses rev {ref} of {git}, a named reference rather than a commit',
  },
  remediation: 'Pin `rev = "<full commit sha>"` (keep the tag or branch in a comment).',
  limitations:
    'An abbreviated commit hash is accepted as a pin; whether the repository can still serve that commit is not checked.',
  reads: ['manifest', 'client-config'],
  examples: {
    bad: ['git-dependency-unpinned--branch-tag-default', 'git-dependency-unpinned--named-rev-and-patch'],
    good: ['clean--git-dependency-pinned-rev'],
  },
  since: 'next',
  run(model, report) {
    const check = (d: Dependency, doc: CargoModel['manifests'][number]['doc']) => {
      if (!d.git) return;
      const messageId =
        d.rev !== undefined
          ? COMMIT.test(d.rev)
            ? undefined
            : 'namedRev'
          : d.branch !== undefined
            ? 'branch'
            : d.tag !== undefined
              ? 'tag'
              : 'default';
      if (!messageId) return;
      report({
        messageId,
        data: { name: d.name, ref: d.rev ?? d.branch ?? d.tag ?? '', git: d.git },
        at: { doc, route: d.route, part: 'key' },
        package: { name: d.name },
        key: d.route.join('.'),
      });
    };
    for (const m of model.manifests) for (const d of m.dependencies) check(d, m.doc);
    for (const c of model.configs) for (const d of c.patches) check(d, c.doc);
  },
});
