/** The metadata of pip/extra-index-url: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const extraIndexUrlMeta = {
  id: 'extra-index-url',
  question: 'multi-source-resolution',
  title: 'An extra index is searched alongside the default one',
  description:
    'pip treats `--index-url` and every `--extra-index-url` as equal locations: it collects candidates from all of them and installs the best version, with no priority. If a private package name also exists on PyPI (or is registered there by an attacker), the higher version wins: dependency confusion, which pip\u2019s own docs call out. uv\u2019s `extra-index-url` is searched first by default (`first-index`), so only a name missing from the extra index falls through to PyPI; it is reported at medium unless an unsafe index strategy is set.',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: 'pip, a requirements file or a uv project with `index-strategy = "unsafe-\u2026"` adds an extra index: every name is searched on every index and the best version wins',
    },
    {
      severity: 'medium',
      when: 'uv with its default `first-index` strategy: a name is taken from the first index that has it, so only names missing from the first index can be shadowed',
    },
  ],
  confidence: 'high',
  messages: {
    pip: '{origin} adds extra index {url}: pip takes the highest version of a name from any index, so a public package can replace a private one',
    uv: 'uv extra-index-url {url} is searched before PyPI; names it does not serve still resolve from PyPI',
  },
  remediation:
    'Serve everything from one index (a proxy that mirrors PyPI and hosts private names), or with uv declare the index with `explicit = true` and pin private packages to it in `[tool.uv.sources]`.',
  limitations:
    '`PIP_EXTRA_INDEX_URL` in CI env and command-line flags are reported by the CI reader, not here; user and global pip.conf files outside the checkout are not visible.',
  reads: ['manifest', 'client-config'],
  examples: {
    bad: ['extra-index-url--requirements-and-pip-conf', 'extra-index-url--uv-setting'],
    good: ['clean--requirements-hashed'],
  },
  since: 'next',
} as const satisfies CheckMeta;
