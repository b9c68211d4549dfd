/** The metadata of gem/credentials-committed: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const credentialsCommittedMeta = {
  id: 'credentials-committed',
  question: 'publish-credentials',
  title: 'A RubyGems API key or gem server credential is committed',
  description:
    'A `.gem/credentials` file with API keys, or gem server credentials in a committed `.bundle/config` (`BUNDLE_RUBYGEMS__ORG`, `BUNDLE_<HOST>` with user:password), is in the tree, or a Gemfile, gemspec or lockfile contains a `rubygems_` API key or a source / git URL with `user:password@`. Anyone who can read the repository can push gem versions (RubyGems keys start with `rubygems_`) or read a private gem server.',
  severity: 'critical',
  confidence: 'high',
  messages: {
    apiKey: '{file} holds a RubyGems API key ({key})',
    serverCredential: '{file} holds credentials for {host}',
    inline: '{file} contains {what}',
  },
  remediation:
    'Revoke the key on rubygems.org now, remove the file from history, and publish from CI with trusted publishing (rubygems/release-gem).',
  limitations: 'Keys in other files or in git history are not searched.',
  reads: ['credentials', 'client-config', 'manifest', 'lockfile'],
  examples: {
    bad: ['credentials-committed--gem-credentials', 'credentials-committed--source-url'],
    good: ['clean--bundle-config-frozen', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
