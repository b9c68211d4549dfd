/** The metadata of gem/source-insecure: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const sourceInsecureMeta = {
  id: 'source-insecure',
  question: 'multi-source-resolution',
  title: 'Gems are fetched over an insecure transport',
  description:
    'A gem source or a git remote uses `http://` or `git://`: anyone on the network path can substitute gems or commits, and without CHECKSUMS nothing notices.',
  severity: 'high',
  confidence: 'high',
  messages: {
    source: '{file} uses {url}',
  },
  remediation: 'Use https:// sources and https:// or ssh git remotes.',
  limitations: 'Mirrors configured outside the checkout are not seen.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['source-insecure--http-source'], good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'] },
  since: 'next',
} as const satisfies CheckMeta;
