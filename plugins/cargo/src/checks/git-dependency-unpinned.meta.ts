/** The metadata of cargo/git-dependency-unpinned: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const gitDependencyUnpinnedMeta = {
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
} as const satisfies CheckMeta;
