/** The metadata of ci/excessive-permissions: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const excessivePermissionsMeta = {
  id: 'excessive-permissions',
  question: 'pre-install-execution',
  title: 'A workflow\u2019s token may write more than its jobs need',
  description:
    'Every job gets a `GITHUB_TOKEN` with the permissions its `permissions:` block names (job level, else workflow level), or, with no block at all, the repository\u2019s or organisation\u2019s default, which is read-only for repositories created since February 2023 but write on `contents`, `packages`, `pull-requests`, `actions` and more in older ones and wherever an administrator chose it (https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token). Whatever runs in the job \u2014 its dependencies\u2019 install scripts, a poisoned cache, an injected title \u2014 can use that token: push commits and tags, rewrite releases, approve pull requests, write the Actions cache. `write-all` grants every scope. A workflow that an outsider fires (`pull_request_target`, `issue_comment`, `issues`, `workflow_run` \u2026) with no `permissions:` leaves the scope to a setting no reviewer of the file can see; in the Nx compromise of August 2025 the code injected into a `pull_request_target` job used that job\u2019s token, which could write to the repository, to start the publishing workflow (https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c). A workflow whose token is declared read-only is not reported.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: '`write-all` in a workflow an outsider fires (`pull_request_target`, `issue_comment`, `issues`, `workflow_run` \u2026)',
    },
    {
      severity: 'medium',
      when: '`write-all` on other triggers; or a workflow an outsider fires with no `permissions:` for some job, so its token has the repository default, which the files cannot show',
    },
    {
      severity: 'low',
      when: '`write-all` in a reusable workflow (`workflow_call` its only trigger): the calling job\u2019s permissions cap it',
    },
  ],
  confidence: 'high',
  messages: {
    writeAll: '`permissions: write-all` {scope} gives the `GITHUB_TOKEN` every write scope{trigger}',
    default:
      '{jobs} on `{trigger}` with no `permissions:` at job or workflow level, so the `GITHUB_TOKEN` has the repository\u2019s default permissions, which may include write access to contents, packages and pull requests; the file cannot show which',
  },
  remediation:
    'Declare the least the jobs need: `permissions: {}` or `contents: read` at workflow level, and add only the write scopes a job uses (`pull-requests: write` for a commenting job, `id-token: write` for trusted publishing) at that job. Set the organisation\u2019s and repository\u2019s default to read-only as well.',
  limitations:
    'Scoped write permissions (`contents: write`) are not judged: whether a job needs them is a matter of what it does. The repository\u2019s default token permissions are a setting, not a file. A reusable workflow called with `workflow_call` runs with at most its caller\u2019s permissions, which are read where the caller is.',
  reads: ['ci'],
  examples: { bad: ['excessive-permissions--write-all-and-defaults'], good: ['clean--least-permissions'] },
  since: 'next',
} as const satisfies CheckMeta;
