/** The metadata of pip/index-not-explicit: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const indexNotExplicitMeta = {
  id: 'index-not-explicit',
  question: 'multi-source-resolution',
  title: 'An extra package source is consulted for every dependency, not only the ones pinned to it',
  description:
    'A second source that any name can resolve from lets a public name shadow a private one or the reverse. uv: an `[[tool.uv.index]]` without `explicit = true` (and not the `default`) is searched before PyPI for every package. Poetry: a `supplemental` source is tried for any name PyPI lacks (so a private name falls back to whichever source answers), legacy `secondary`/`default` flags mix sources, and several `primary` sources are merged. PDM: with more than one source, the highest version across all wins unless `respect-source-order` or `include_packages` narrows it. Pipenv: several `[[source]]` tables, medium when `install_search_all_sources = true`.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'an index that is not explicit (uv), a supplemental/secondary/several primary sources (Poetry), several PDM sources, or Pipenv with `install_search_all_sources = true`: a name can resolve from more than one index',
    },
    {
      severity: 'low',
      when: 'several Pipenv sources without `install_search_all_sources`: Pipenv takes each package from one index',
    },
  ],
  confidence: 'medium',
  messages: {
    uvIndex: 'uv index {name} is not explicit = true: every dependency is looked up there before PyPI',
    poetrySource:
      'Poetry source {name} ({priority}) can serve any dependency, not only those declared with source = "{name}"',
    pdmSources:
      'PDM source {name} is one of {count} sources searched for every package (highest version wins; no respect-source-order or include_packages)',
    pipfileSources: 'Pipfile source {name} is an extra index{detail}',
  },
  remediation:
    'Mark private indexes `explicit = true` (uv) or `priority = "explicit"` (Poetry) and pin the private packages to them; in PDM set `respect-source-order` or `include_packages`; in Pipenv pin packages with `index = "name"`.',
  limitations:
    'User-level client configuration (pdm config, poetry config, uv.toml outside the checkout) is not visible.',
  reads: ['manifest', 'client-config'],
  examples: {
    bad: ['index-not-explicit--four-tools', 'index-not-explicit--pipenv-one-index-per-package'],
    good: ['clean--uv-explicit-index'],
  },
  since: 'next',
} as const satisfies CheckMeta;
