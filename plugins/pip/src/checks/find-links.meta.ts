/** The metadata of pip/find-links: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const findLinksMeta = {
  id: 'find-links',
  question: 'multi-source-resolution',
  title: 'A find-links location adds archives from outside any index',
  description:
    '`--find-links`/`-f` (pip, uv), a uv index with `format = "flat"` and a PDM source with `type = "find_links"` make an HTML page or a directory of archives a package source. Any file whose name parses as `<name>-<version>` is a candidate alongside the index, with no index metadata, and pip ranks it with the rest: the highest version wins.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    findLinks:
      '{url} is a find-links source: any archive named like a dependency there is a candidate, ranked with the index',
  },
  remediation: 'Publish the archives to an index you control, or install them by path with `--hash` and `--no-index`.',
  limitations: 'Find-links given on CI command lines or in `PIP_FIND_LINKS` are the CI reader\u2019s.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['find-links--requirements-and-uv-flat'], good: ['clean--requirements-hashed'] },
  since: 'next',
} as const satisfies CheckMeta;
