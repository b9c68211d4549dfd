/** The metadata of ci/unpinned-action: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const unpinnedActionMeta = {
  id: 'unpinned-action',
  question: 'own-supply-chain',
  title: 'A third-party action is referenced by tag or branch',
  description:
    'A workflow uses a third-party action (or reusable workflow) by a tag or branch (`@v4`, `@main`). Tags and branches move: whoever controls the action\u2019s repository can change the code that runs with this workflow\u2019s secrets and token (tj-actions/changed-files, March 2025). A full commit SHA cannot be moved. GitHub-owned `actions/*` and `github/*` are exempt, as in zizmor\u2019s default policy.',
  severity: 'low',
  confidence: 'high',
  messages: {
    tag: '`{uses}` is referenced by `{ref}`, which its owner can move; pin a full commit SHA',
  },
  remediation:
    'Pin to a full 40-character commit SHA with the version in a comment (`uses: owner/action@<sha> # v1.2.3`), and let Dependabot or Renovate update it.',
  limitations: 'Docker image actions (`docker://`) and local actions (`./`) are not judged here.',
  reads: ['ci'],
  examples: { bad: ['unpinned-action--tags-and-branches'], good: ['clean--trusted-publishing'] },
  since: 'next',
} as const satisfies CheckMeta;
