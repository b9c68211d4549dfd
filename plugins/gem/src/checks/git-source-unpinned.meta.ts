/** The metadata of gem/git-source-unpinned: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const gitSourceUnpinnedMeta = {
  id: 'git-source-unpinned',
  question: 'lockfile-integrity',
  title: 'A git gem follows a branch or tag',
  description:
    'A gem comes from git with a `branch`, a `tag`, a `ref` that is not a full commit sha, or the default branch. The lock records the revision it resolved, but `bundle update` (or a lock that lacks the GIT entry) moves to whatever the branch points at now, and tags can be moved.',
  severity: 'low',
  confidence: 'high',
  messages: {
    unpinned: '{name} follows {what} of {url}{locked}',
  },
  remediation: 'Pin `ref: "<full commit sha>"` in the Gemfile.',
  limitations:
    'A revision pinned only in the lock is still reported when the Gemfile names a branch: the next update moves it.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['git-source-unpinned--branch'], good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'] },
  since: 'next',
} as const satisfies CheckMeta;
