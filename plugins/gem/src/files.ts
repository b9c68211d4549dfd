/** The files the gem plugin claims. https://bundler.io/guides/gemfile.html */
import type { FileRule } from '@inert/core';

/** The gem plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type GemReader = 'bundler-plugin' | 'gemfile' | 'gemspec' | 'gem-lock' | 'bundle-config' | 'gem-credentials';

export const files: readonly (FileRule & { reader: GemReader })[] = [
  // First: a Gemfile or lockfile inside an installed plugin is the plugin's file, not the project's.
  {
    kind: 'build-script',
    reader: 'bundler-plugin',
    match: ['.bundle/plugin/**'],
    description: 'installed Bundler plugins committed to the tree',
  },
  {
    kind: 'manifest',
    reader: 'gemfile',
    match: ['Gemfile', 'gems.rb'],
    description: 'Gemfile: a Ruby program, read as a syntax tree',
  },
  {
    kind: 'manifest',
    reader: 'gemspec',
    match: ['*.gemspec'],
    description: 'gemspecs: Ruby programs, read as syntax trees',
  },
  {
    kind: 'lockfile',
    reader: 'gem-lock',
    match: ['Gemfile.lock', 'gems.locked', '*.rb.lock', '*.gemfile.lock'],
    description:
      'Bundler lockfile (also `<gemfile>.lock` for custom Gemfile names): GEM, GIT, PATH, CHECKSUMS sections',
  },
  {
    kind: 'client-config',
    reader: 'bundle-config',
    match: ['.bundle/config'],
    description: 'committed Bundler config: mirrors, checksum validation, build flags',
  },
  { kind: 'credentials', reader: 'gem-credentials', match: ['.gem/credentials'], description: 'RubyGems API keys' },
];
