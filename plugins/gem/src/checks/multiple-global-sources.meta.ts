/** The metadata of gem/multiple-global-sources: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const multipleGlobalSourcesMeta = {
  id: 'multiple-global-sources',
  question: 'multi-source-resolution',
  title: 'Gems can come from more than one global source',
  description:
    'The Gemfile declares more than one top-level `source`, or a lockfile GEM section lists several remotes. Any gem not pinned to a source block can then be resolved from any of them — a public gem server can serve a gem with the name of a private one (dependency confusion). Scoped `source "…" do … end` blocks pin gems to one source and are the fix — but only from Bundler 2.2.18: a lock `BUNDLED WITH` 1.16.0–2.2.17 and several gem sources (scoped ones included) is reported too (CVE-2020-36327).',
  severity: 'high',
  confidence: 'high',
  messages: {
    gemfile: '{file} declares {count} global sources ({urls}): unscoped gems may come from any of them',
    lockfile: '{file} has one GEM section with {count} remotes ({urls})',
    oldBundler:
      '{file} was written by Bundler {version}, which can install a gem from the wrong one of its {count} gem sources (CVE-2020-36327)',
  },
  remediation:
    'Keep one global source (rubygems.org) and put private gems in `source "https://private.example" do … end` blocks.',
  limitations:
    'Bundler 2.x resolves each gem from a single source after locking; the risk is in the resolution that writes the lock.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['multiple-global-sources--two-sources', 'multiple-global-sources--old-bundler-scoped'],
    good: ['clean--scoped-private-source', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
