/** The metadata of npm/resolved-name-mismatch: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const resolvedNameMismatchMeta = {
  id: 'resolved-name-mismatch',
  question: 'name-identity',
  title: 'A lock entry downloads a different package than it names',
  description:
    'The resolved tarball URL has the registry layout `<registry>/<name>/-/<name>-<version>.tgz`, and its name is not the package the entry is locked as (nor an `npm:` alias the lock records). Installing it puts one package\u2019s code under another\u2019s name: reviewers see `lodash` while `lodash-utils` is installed. Lockfile-lint calls this `validate-package-names`.',
  severity: 'high',
  confidence: 'high',
  messages: { mismatch: '{name}@{version} is resolved to a tarball of {other}: {url}' },
  remediation:
    'Regenerate the entry from the registry (`npm install --package-lock-only`) and find out who changed the URL.',
  limitations:
    'Only URLs with the registry tarball layout are compared; custom tarball URLs are not. Aliases are recognised when the lock records them.',
  reads: ['lockfile'],
  examples: { bad: ['resolved-name-mismatch--swapped-tarball'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
} as const satisfies CheckMeta;
