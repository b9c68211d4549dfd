/** The metadata of gem/path-source-outside-repo: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const pathSourceOutsideRepoMeta = {
  id: 'path-source-outside-repo',
  question: 'pre-install-execution',
  title: 'A gem is loaded from a path outside the checkout',
  description:
    'A `path:` gem points outside the repository (an absolute path or one that climbs above the root). Bundler evaluates that directory\u2019s gemspec and loads its code on every bundle command: code nobody reviewing this repository can see, that differs between machines.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    outside: '{name} is loaded from {path}, outside the checkout',
    gemspec: '`gemspec path: {path}` loads a gemspec from outside the checkout',
  },
  remediation: 'Vendor the gem into the repository, or publish it and depend on a version.',
  limitations: 'Paths inside the checkout are reviewable and not reported.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['path-source-outside-repo--sibling-checkout'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
