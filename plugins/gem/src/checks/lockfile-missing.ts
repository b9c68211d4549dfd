/** A Gemfile without a lockfile. https://bundler.io/guides/rationale.html#checking-your-code-into-version-control */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const lockfileMissing = defineCheck<GemModel>()({
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'A Gemfile has no Gemfile.lock',
  description:
    'A Gemfile declares gems and no Gemfile.lock (or gems.locked) is committed beside it: every `bundle install` resolves versions afresh, so a newly published or compromised version is installed without review. Bundler recommends committing the lock for applications.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} declares {count} gems and no lockfile is committed',
  },
  remediation: 'Run `bundle lock` and commit Gemfile.lock; install with `bundle config set frozen true` in CI.',
  limitations: 'A gem\u2019s own repository often omits the lock on purpose; its consumers lock it.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['lockfile-missing--gemfile-only'],
    good: ['clean--lockfile-only', 'gemfile-executable--plain-gemfile', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
  run(model, report) {
    // A published gem is locked by its dependents' Gemfile.lock, not its own.
    if (model.packageMode) return;
    for (const m of model.manifests) {
      if (m.kind !== 'gemfile' || m.gems.length === 0 || model.locks.some((l) => l.dir === m.dir)) continue;
      report({ messageId: 'missing', data: { file: m.path, count: m.gems.length }, at: m.gems[0]!.at, key: m.path });
    }
  },
});
