/** The metadata of gem/bundle-config-risk: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const bundleConfigRiskMeta = {
  id: 'bundle-config-risk',
  question: 'multi-source-resolution',
  title: 'Committed Bundler config redirects or weakens installs',
  description:
    'A committed `.bundle/config` applies to everyone who runs bundle in the checkout: `BUNDLE_MIRROR__*` sends every gem request to another server, `BUNDLE_DISABLE_CHECKSUM_VALIDATION` turns off checksum checks, `BUNDLE_BUILD__*` passes flags to native extension builds, `BUNDLE_FORCE_RUBY_PLATFORM` makes every native gem compile from source instead of using precompiled binaries, and `BUNDLE_GEMFILE` makes bundle read another Gemfile than the one a reviewer looks at.',
  severity: 'medium',
  severityRule: [
    { severity: 'high', when: '`BUNDLE_DISABLE_CHECKSUM_VALIDATION` is true' },
    { severity: 'medium', when: 'a mirror or `BUNDLE_GEMFILE` redirects where gems or the Gemfile come from' },
    {
      severity: 'low',
      when: 'build flags for native extensions, or `BUNDLE_FORCE_RUBY_PLATFORM` (gems compiled from source)',
    },
  ],
  confidence: 'high',
  messages: {
    mirror: '{file} mirrors {from} to {to}: every gem request goes there',
    checksums: '{file} sets {key}={value}: downloaded gems are not checked',
    build: '{file} sets {key}: flags passed to a native extension build',
    forceRuby: '{file} sets {key}={value}: native gems are compiled from source at install',
    gemfile: '{file} sets {key}={value}: bundle reads that Gemfile instead of ./Gemfile',
  },
  remediation:
    'Keep machine-specific settings out of the repository (`.bundle/` in .gitignore); never disable checksum validation.',
  limitations: 'Global config (~/.bundle/config) and BUNDLE_* environment variables outside the checkout are not seen.',
  reads: ['client-config'],
  examples: { bad: ['bundle-config-risk--mirror-and-checksums'], good: ['clean--bundle-config-frozen'] },
  since: 'next',
} as const satisfies CheckMeta;
