/** A Gemfile without a lockfile. https://bundler.io/guides/rationale.html#checking-your-code-into-version-control */
import { counted, defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { lockfileMissingMeta } from './lockfile-missing.meta.js';

export const lockfileMissing = defineCheck<GemModel>()({
  ...lockfileMissingMeta,
  run(model, report) {
    // A published gem is locked by its dependents' Gemfile.lock, not its own.
    if (model.packageMode) return;
    for (const m of model.manifests) {
      if (m.kind !== 'gemfile' || m.gems.length === 0 || model.locks.some((l) => l.dir === m.dir)) continue;
      report({
        messageId: 'missing',
        data: { file: m.path, gems: counted(m.gems.length, 'gem') },
        at: m.gems[0]!.at,
        key: m.path,
      });
    }
  },
});
