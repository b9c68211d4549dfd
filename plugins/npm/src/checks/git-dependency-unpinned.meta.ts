/** The metadata of npm/git-dependency-unpinned: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const gitDependencyUnpinnedMeta = {
  id: 'git-dependency-unpinned',
  question: 'lockfile-integrity',
  title: 'A git dependency is not pinned to a commit',
  description:
    'A dependency comes from a git repository and is not pinned to a full 40-character commit: the lock records no commit, or there is no lock pinning it and the manifest names a branch, a tag or nothing (`github:owner/repo#main`). Branches and tags move, so the next install (or the next lock refresh) fetches whatever the repository holds then, and git sources carry no integrity hash to notice. Git dependencies can also run `prepare` scripts on install.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    manifest:
      '{name} is declared as {spec}, a git reference that is not a full commit: it moves when the branch or tag moves',
    lock: '{name} is locked from git without a full commit ({url})',
  },
  remediation:
    'Pin the dependency to a full commit (`github:owner/repo#<40-hex sha>`), or better, depend on a published, versioned release.',
  limitations:
    'Signed tags and the content behind a commit are not checked. A bun.lock `github:` entry is pinned by the seven-digit commit Bun writes there (the name GitHub gives the tarball\u2019s top directory), which Bun fetches again by that prefix and, when the entry records one, checks against its sha512; a prefix names one commit only while no other commit in the repository shares it, and entries without the hash (older bun.lock files) have nothing else pinning the bytes.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['git-dependency-unpinned--branch', 'git-dependency-unpinned--bun-github-branch'],
    good: [
      'clean--npm-ci-with-lockfile',
      'clean--package-lock-git-dependencies-pinned',
      'clean--monorepo-self-referencing-git',
      'clean--bun-lock-github-short-commit',
    ],
  },
  since: 'next',
} as const satisfies CheckMeta;
