/** The metadata of gem/lockfile-checksum-missing-entry: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockfileChecksumMissingEntryMeta = {
  id: 'lockfile-checksum-missing-entry',
  question: 'lockfile-integrity',
  title: 'A locked gem is missing from CHECKSUMS',
  description:
    'The lockfile has a CHECKSUMS section but a gem from a gem server (a GEM section) has no sha256 there, so its bytes are not pinned while the others are. Path and git gems legitimately have none.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{name} {version} from {remote} has no checksum in {file}',
  },
  remediation: 'Run `bundle lock --add-checksums` again and find out why the entry was missing.',
  limitations: 'Checksums are not verified against the server (inert is offline).',
  reads: ['lockfile'],
  examples: {
    bad: ['lockfile-checksum-missing-entry--one-gem'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
