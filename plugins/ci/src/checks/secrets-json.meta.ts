/** The metadata of ci/secrets-json: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const secretsJsonMeta = {
  id: 'secrets-json',
  question: 'publish-credentials',
  title: 'Every secret is handed to one step',
  description:
    'GitHub sends a job only the secrets its expressions name: a step with `NPM_TOKEN: ${{ secrets.NPM_TOKEN }}` gets that one token, and nothing else is on the runner. `${{ toJSON(secrets) }}`, `${{ secrets }}` or an index computed at run time (`secrets[matrix.name]`, which cannot be resolved before the job starts) sends them all \u2014 every publish token, deploy key and cloud credential of the repository and its organisation \u2014 to that job, in one value that a compromised dependency, a malicious action release or a poisoned cache can read from the environment or the process list. The runner masks each secret in logs, but a JSON-encoded or transformed form of a secret may not match the mask. In March 2025 the compromised `tj-actions/changed-files` dumped runner memory into public build logs, exposing whatever secrets the job held (CVE-2025-30066, https://github.com/advisories/GHSA-mrrh-fwg8-r2c3; https://www.wiz.io/blog/github-action-tj-actions-changed-files-supply-chain-attack-cve-2025-30066): a job with `toJSON(secrets)` would have lost all of them instead of the few it used. zizmor reports the same expressions as `overprovisioned-secrets` (https://docs.zizmor.sh/audits/#overprovisioned-secrets); this check also says where the secrets go and ranks a third-party receiver higher.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the whole context goes to code the repository does not control (a third-party action\u2019s `with:`/`env:`, a reusable workflow of another repository), or the workflow runs on a trigger an outsider fires (`pull_request_target`, `issue_comment`, `workflow_run` \u2026)',
    },
    {
      severity: 'medium',
      when: 'the whole context goes to a `run:` script, its `env:`, a first-party or local action, or a workflow-level or job-level `env:`',
    },
    {
      severity: 'low',
      when: 'a computed index (`secrets[matrix.name]`) where the whole context would be medium: every secret is sent to the runner, but only one is read',
    },
  ],
  confidence: 'high',
  messages: {
    whole: '`{expression}` hands every secret of the repository and organisation to {receiver}{trigger}',
    dynamic:
      '`{expression}` indexes `secrets` by a value computed at run time, so every secret is sent to the runner of {receiver}{trigger}',
  },
  remediation:
    'Name each secret the step needs: `env: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`. For a reusable workflow, list its `secrets:` one by one. For a secret chosen by a matrix, put the secret names in the matrix and write one `secrets.NAME` per entry, or use an environment per target with its own secrets.',
  limitations:
    'Expressions in `env:`, `with:`, `secrets:`, `run:` and github-script\u2019s `script:` of workflow files and composite actions are read; a composite action read through its caller is judged on its own, without the caller\u2019s triggers.',
  reads: ['ci'],
  examples: { bad: ['secrets-json--whole-context'], good: ['clean--named-secrets'] },
  since: 'next',
} as const satisfies CheckMeta;
