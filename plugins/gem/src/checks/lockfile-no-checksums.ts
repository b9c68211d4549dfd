/** Gemfile.lock without a CHECKSUMS section. https://bundler.io/blog/2024/12/19/bundler-v2-6.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const lockfileNoChecksums = defineCheck<GemModel>()({
  id: 'lockfile-no-checksums',
  question: 'lockfile-integrity',
  title: 'Gemfile.lock pins versions but no checksums',
  description:
    'The lockfile has no `CHECKSUMS` section (Bundler 2.6 and later record a sha256 per gem with `bundle lock --add-checksums`). Without it the lock pins only names and versions and trusts the gem server to serve the same bytes for them forever.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    none: '{file} locks {count} gems without checksums',
  },
  remediation: 'Run `bundle lock --add-checksums` (Bundler >= 2.6) and commit the result.',
  limitations: 'RubyGems.org does not allow re-publishing a version, which limits (not removes) the risk.',
  reads: ['lockfile'],
  examples: {
    bad: ['lockfile-no-checksums--plain-lock'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
  run(model, report) {
    for (const l of model.locks) {
      if (l.checksums || l.specs.length === 0) continue;
      report({
        messageId: 'none',
        data: { file: l.path, count: l.specs.length },
        at: { file: l.path, line: 1, column: 1 },
        key: l.path,
      });
    }
  },
});
