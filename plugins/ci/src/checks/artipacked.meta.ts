/** The metadata of ci/artipacked: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const artipackedMeta = {
  id: 'artipacked',
  question: 'publish-credentials',
  title: 'The checkout\u2019s credentials are uploaded in an artifact',
  description:
    '`actions/checkout` writes the token it fetched with into the checkout\u2019s `.git/config` (an `http.extraheader`) so that later `git push`es work, unless the step sets `persist-credentials: false`. A later `actions/upload-artifact` whose `path` is the checkout (`.`, `${{ github.workspace }}`, a parent of the checkout\u2019s `path`) then uploads `.git/config` with it, and an artifact of a public repository can be downloaded by anyone. In August 2024 Palo Alto Networks\u2019 Unit 42 found such artifacts in projects of Google, Microsoft, AWS, Red Hat and others: a `GITHUB_TOKEN` is valid until its job ends, and an attacker who polls for the artifact and uses the token while later jobs still run can push code or publish (a PAT given to checkout as `token:` stays valid for months) (https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/). GitHub answered in two steps: `actions/upload-artifact` v4.4.0 stopped uploading hidden files and directories (`.git`) unless `include-hidden-files: true` (https://github.com/actions/upload-artifact/releases/tag/v4.4.0), and `actions/checkout` v6 keeps the credential under `$RUNNER_TEMP` instead of `.git/config` (https://docs.zizmor.sh/audits/#artipacked). This check reports the leak only when both versions (or `include-hidden-files: true`) still allow it, which zizmor\u2019s `artipacked` does not distinguish; a checkout that merely keeps its credentials is not reported here.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the credential is a stored token given to checkout as `token:` (a PAT or app token outlives the job), or the workflow runs on a trigger an outsider fires (`pull_request`, `pull_request_target`, `issue_comment` \u2026), whose runs they can time and whose artifacts they can fetch',
    },
    {
      severity: 'medium',
      when: 'the job\u2019s `GITHUB_TOKEN` is uploaded on other triggers: valid until the job ends, and artifacts of a public repository are public',
    },
    {
      severity: 'low',
      when: 'a version of `actions/checkout` or `actions/upload-artifact` cannot be read from the ref (a commit or a branch), so whether the token is on disk and uploaded is not determinable',
    },
  ],
  confidence: 'high',
  messages: {
    uploaded:
      '`{upload}` uploads `{path}`, which holds the checkout of line {checkoutLine} (`{checkout}` without `persist-credentials: false`) and its `.git/config` with {credential}{trigger}',
    unknown:
      '`{upload}` uploads `{path}`, which holds the checkout of line {checkoutLine} (`{checkout}` without `persist-credentials: false`); {why}, so the artifact may hold {credential}',
  },
  remediation:
    'Set `persist-credentials: false` on `actions/checkout` unless a later step pushes with git; upload only the build output (`path: dist/`), never the workspace; use `actions/upload-artifact` v4.4 or later without `include-hidden-files: true` and `actions/checkout` v6 or later. Rotate a PAT that was uploaded.',
  limitations:
    'Only `actions/upload-artifact` steps of the same job after the checkout are read; a checkout at a `path` chosen by an expression, uploads by other actions or scripts, and a `.git` copied elsewhere before the upload are not followed. A checkout or upload pinned by commit is judged "not determinable" even when a comment names its version.',
  reads: ['ci'],
  examples: { bad: ['artipacked--workspace-artifact'], good: ['clean--artifacts-without-credentials'] },
  since: 'next',
} as const satisfies CheckMeta;
