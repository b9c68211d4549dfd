/** The metadata of pip/uv-index-strategy-unsafe: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const uvIndexStrategyUnsafeMeta = {
  id: 'uv-index-strategy-unsafe',
  question: 'multi-source-resolution',
  title: 'uv is told to look for a package on every index',
  description:
    'uv\u2019s default `first-index` strategy stops at the first index that has a name, which protects private names from public look-alikes. `unsafe-first-match` searches every index for a compatible version and `unsafe-best-match` takes the best version across all of them (pip\u2019s behaviour): a name published on PyPI can then replace a private one.',
  severity: 'high',
  confidence: 'high',
  messages: {
    unsafe:
      'index-strategy = "{value}": uv considers versions from every index, so a public package can shadow a private one',
  },
  remediation:
    'Remove `index-strategy` (the default `first-index` is safe), and pin private packages to their index with `explicit = true` and `[tool.uv.sources]`.',
  limitations: '`UV_INDEX_STRATEGY` and `--index-strategy` on command lines are the CI reader\u2019s.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['uv-index-strategy-unsafe--best-match'], good: ['clean--uv-project-locked'] },
  since: 'next',
} as const satisfies CheckMeta;
