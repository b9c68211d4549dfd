/** The metadata of gem/lockfile-missing: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockfileMissingMeta = {
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'A Gemfile has no Gemfile.lock',
  description:
    'A Gemfile declares gems and no Gemfile.lock (or gems.locked) is committed beside it: every `bundle install` resolves versions afresh, so a newly published or compromised version is installed without review. Bundler recommends committing the lock for applications.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} declares {gems} and no lockfile is committed',
  },
  remediation: 'Run `bundle lock` and commit Gemfile.lock; install with `bundle config set frozen true` in CI.',
  limitations: 'A gem\u2019s own repository often omits the lock on purpose; its consumers lock it.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['lockfile-missing--gemfile-only'],
    good: ['clean--lockfile-only', 'gemfile-executable--plain-gemfile', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
