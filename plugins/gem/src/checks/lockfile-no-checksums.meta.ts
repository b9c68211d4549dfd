/** The metadata of gem/lockfile-no-checksums: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockfileNoChecksumsMeta = {
  id: 'lockfile-no-checksums',
  question: 'lockfile-integrity',
  title: 'Gemfile.lock pins versions but no checksums',
  description:
    'The lockfile has no `CHECKSUMS` section (Bundler 2.6 and later record a sha256 per gem with `bundle lock --add-checksums`). Without it the lock pins only names and versions and trusts the gem server to serve the same bytes for them forever.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    none: '{file} locks {gems} without checksums',
  },
  remediation: 'Run `bundle lock --add-checksums` (Bundler >= 2.6) and commit the result.',
  limitations: 'RubyGems.org does not allow re-publishing a version, which limits (not removes) the risk.',
  reads: ['lockfile'],
  examples: {
    bad: ['lockfile-no-checksums--plain-lock'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
