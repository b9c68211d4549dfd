/** The files the gem plugin claims. https://bundler.io/guides/gemfile.html */
import type { FileRule } from '@inert/core';

export const files: readonly FileRule[] = [
  {
    kind: 'manifest',
    match: ['Gemfile', 'gems.rb', '*.gemspec'],
    description: 'Gemfile and gemspecs: Ruby programs, read as syntax trees',
  },
  {
    kind: 'lockfile',
    match: ['Gemfile.lock', 'gems.locked', '*.rb.lock', '*.gemfile.lock'],
    description:
      'Bundler lockfile (also `<gemfile>.lock` for custom Gemfile names): GEM, GIT, PATH, CHECKSUMS sections',
  },
  {
    kind: 'client-config',
    match: ['.bundle/config'],
    description: 'committed Bundler config: mirrors, checksum validation, build flags',
  },
  { kind: 'credentials', match: ['.gem/credentials'], description: 'RubyGems API keys' },
  {
    kind: 'build-script',
    match: ['.bundle/plugin/**'],
    description: 'installed Bundler plugins committed to the tree',
  },
];
