/** The metadata of ci/pr-code-in-privileged-trigger: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const prCodeInPrivilegedTriggerMeta = {
  id: 'pr-code-in-privileged-trigger',
  question: 'pre-install-execution',
  title: 'A privileged workflow installs, builds or runs the pull request\u2019s code',
  description:
    'Workflows triggered by `pull_request_target` or `workflow_run` run in the base repository\u2019s context, with its secrets, a `GITHUB_TOKEN` that may write, and the default branch\u2019s cache (read-only on github.com since 2026-06-26 unless the workflow or job sets `cache-mode: write`, https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/), even for a pull request from a fork. A job that checks out the pull request\u2019s head (`ref: ${{ github.event.pull_request.head.sha }}`, `head.ref`, `refs/pull/\u2026/merge`, the fork\u2019s repository) or downloads the triggering run\u2019s artifacts, and then installs, builds or runs what it fetched, hands all of that to whoever opened the pull request: a package-manager install alone runs the pull request\u2019s own lifecycle scripts (`preinstall`/`postinstall`/`prepare` of package.json, `setup.py`, `build.rs`, Gradle build logic), and its `.npmrc`, `pip.conf` or lockfile can point the install at a registry the attacker controls. GitHub Security Lab calls this a "pwn request" (https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/); in May 2026 a throwaway fork\u2019s pull request ran its code in such a job of TanStack\u2019s, poisoned the shared CI cache, and the next release restored it and published 84 malicious versions of 42 @tanstack packages with valid provenance (https://tanstack.com/blog/incident-followup). What the code can take is what the job holds, so the severity follows it: GitHub documents that a `pull_request_target` run gets a read/write `GITHUB_TOKEN` and the repository\u2019s secrets even from a public fork, and that a `workflow_run` run can access secrets and write tokens even if the triggering run could not (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target, https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_run); a `permissions:` block caps that token, every scope it does not name becoming `none` (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions); a secret reaches the job only where the workflow names it; and the cache is read-only for these runs unless a `cache-mode` gives write back. A job whose token is read-only, with no secret, OIDC token or cache write, hands the pull request nothing it does not already have under `pull_request`. (The Nx compromise of August 2025 came through the same trigger, by a pull request title expanded into a script: see ci/template-injection; https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c.) Since June 2026 `actions/checkout` v7 refuses to check out a fork\u2019s pull request in these triggers unless the step sets `allow-unsafe-pr-checkout: true`, and the refusal was backported in July 2026 to the floating major tags (`@v4`, `@v5`, `@v6`); checkouts pinned by commit or by a minor or patch tag of an older version, `git fetch` of `refs/pull/\u2026`, `gh pr checkout` and artifact downloads are not covered by it (https://github.blog/changelog/2026-06-18-safer-pull_request_target-defaults-for-github-actions-checkout).',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'the job references secrets, has a write-scoped token (`contents`, `packages`, `actions`, `pull-requests` \u2026 or `write-all`) or can mint an OIDC token (`id-token: write`)',
    },
    {
      severity: 'high',
      when: 'no secret, write scope or OIDC token is visible, but the job or workflow sets `cache-mode: write`, `write-only` or an expression, which gives the run write access to the default branch\u2019s cache that other workflows (releases among them) restore',
    },
    {
      severity: 'medium',
      when: 'no secret, OIDC token or cache write is visible and neither the job nor the workflow sets `permissions:`: the token has the repository\u2019s default permissions, read/write in every scope under GitHub\u2019s \u201cpermissive\u201d default, a setting the files do not show; or the token writes only a scope outside the list above (`discussions`, `repository-projects` \u2026)',
    },
    {
      severity: 'low',
      when: 'the token is read-only by the job\u2019s or workflow\u2019s `permissions:` (`read-all`, `{}`, or no scope at `write`) and no secret, OIDC token or cache write is visible: the code runs with nothing of the base repository\u2019s to take or change; or the pull request is fetched by `actions/checkout` at a version that refuses fork pull requests in these triggers (`@v7`, or a floating major tag `@v4`\u2013`@v6` after the July 2026 backport) and the step does not opt out with `allow-unsafe-pr-checkout`',
    },
  ],
  confidence: 'high',
  messages: {
    checkout:
      'job {job} runs on `{trigger}` and checks out the pull request\u2019s code (`{fetched}`, line {fetchLine}), then `{command}` {runs}{evidence}',
    artifact:
      'job {job} runs on `{trigger}` and downloads the triggering run\u2019s artifacts (`{fetched}`, line {fetchLine}), which the pull request\u2019s code produced, then `{command}` {runs}{evidence}',
    guarded:
      'job {job} runs on `{trigger}` and checks out the pull request\u2019s code (`{fetched}`, line {fetchLine}), then `{command}` {runs}; `{uses}` refuses fork pull requests here, so only that refusal stands between a fork and this job{evidence}',
  },
  remediation:
    'Run untrusted code under `pull_request` (no secrets, read-only token) and do the privileged part (commenting, labelling, publishing a preview) in a separate `workflow_run` job that only reads the results as data. If the privileged job must build the pull request, install with scripts disabled (`npm ci --ignore-scripts`), give it `permissions: {}` and no secrets, `persist-credentials: false`, and gate it behind a maintainer\u2019s label or an environment with required reviewers.',
  limitations:
    'Runs are taken to get github.com\u2019s read-only cache token for these triggers (2026-06-26); a GitHub Enterprise Server that predates it lets them write, which this check does not know. A ref computed by an earlier step (`ref: ${{ steps.pr.outputs.sha }}`) is not followed, nor is code fetched by a script the step calls. Conditions (`if:` on the author or a label) are not evaluated: a job gated on a maintainer\u2019s label is still reported, at the severity of what it holds. Whether the repository\u2019s default `GITHUB_TOKEN` permissions are read-only is a setting, not a file.',
  reads: ['ci'],
  examples: {
    bad: ['pr-code-in-privileged-trigger--pwn-requests', 'pr-code-in-privileged-trigger--token-and-cache'],
    good: ['clean--privileged-triggers-base-only', 'clean--privileged-trigger-token-and-cache'],
  },
  since: 'next',
} as const satisfies CheckMeta;
