/** The metadata of ci/secrets-to-unpinned-workflow: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const secretsToUnpinnedWorkflowMeta = {
  id: 'secrets-to-unpinned-workflow',
  question: 'publish-credentials',
  title: 'Secrets are passed to a reusable workflow pinned by tag or branch',
  description:
    'A job calls a reusable workflow in another repository by a tag or branch (`uses: org/repo/.github/workflows/release.yml@v1`) and hands it secrets, one by one or all of them (`secrets: inherit`). Whoever can move that ref (the other repository\u2019s maintainers, or anyone who compromises them) decides what code runs with those secrets: in March 2025 the tags of tj-actions/changed-files were moved to a commit that printed the secrets of every workflow using it (CVE-2025-30066, https://github.com/advisories/GHSA-mrrh-fwg8-r2c3). A full commit SHA cannot be moved.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the job hands the movable workflow every secret of the repository (`secrets: inherit`)',
    },
    { severity: 'medium', when: 'the job hands it named secrets only' },
  ],
  confidence: 'high',
  messages: {
    inherit:
      '`{uses}` is referenced by `{ref}`, which its owner can move, and receives every secret of this repository (`secrets: inherit`)',
    named: '`{uses}` is referenced by `{ref}`, which its owner can move, and receives the secrets {secrets}',
  },
  remediation:
    'Pin the reusable workflow to a full commit SHA (`@<sha> # v1.2.3`) and pass only the secrets it needs, by name, instead of `secrets: inherit`.',
  limitations:
    'Secrets handed to actions through `with:` or `env:` are judged by ci/unpinned-action, not here. Workflows of the same repository (`./.github/workflows/…`) run the caller\u2019s own code and are not reported.',
  reads: ['ci'],
  examples: { bad: ['secrets-to-unpinned-workflow--inherit-and-named'], good: ['clean--trusted-publishing'] },
  since: 'next',
} as const satisfies CheckMeta;
