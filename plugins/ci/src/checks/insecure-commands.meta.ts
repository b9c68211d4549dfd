/** The metadata of ci/insecure-commands: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const insecureCommandsMeta = {
  id: 'insecure-commands',
  question: 'pre-install-execution',
  title: 'The deprecated set-env and add-path workflow commands are turned back on',
  description:
    'With `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in an `env:`, the runner again obeys `::set-env name=X::value` and `::add-path::dir` printed on standard output by any step. Any process that prints text it does not control \u2014 a log line of a dependency, a test name, an issue title echoed by a script \u2014 can then set `NODE_OPTIONS`, `LD_PRELOAD` or `PATH` for every later step of the job, which runs code with the job\u2019s token and secrets. GitHub deprecated these commands in October 2020 and turned them off by default in November 2020 for exactly this reason, after Google Project Zero reported the injection (CVE-2020-15228, https://github.com/actions/toolkit/security/advisories/GHSA-mfwh-5m23-j46w, https://bugs.chromium.org/p/project-zero/issues/detail?id=2070; https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/). The replacement, the `GITHUB_ENV` and `GITHUB_PATH` files, is written only by a step that means to.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the workflow runs on a trigger an outsider fires (`pull_request_target`, `issue_comment`, `issues`, `workflow_run` \u2026), whose text its steps may print',
    },
    {
      severity: 'medium',
      when: 'other triggers, or a composite action: a dependency or tool that prints a workflow command still controls the job\u2019s environment',
    },
    {
      severity: 'low',
      when: 'the value is an expression (`${{ \u2026 }}`): whether the commands are on is decided at run time',
    },
  ],
  confidence: 'high',
  messages: {
    enabled:
      '`ACTIONS_ALLOW_UNSECURE_COMMANDS: {value}` {scope} lets any step\u2019s output set environment variables and PATH with `::set-env`/`::add-path`{trigger}',
  },
  remediation:
    'Remove `ACTIONS_ALLOW_UNSECURE_COMMANDS`, and write `echo "NAME=value" >> "$GITHUB_ENV"` or `echo "$DIR" >> "$GITHUB_PATH"` in the step that needs it; update an action that still prints `::set-env` (most fixed this in 2020).',
  limitations:
    'The variable set by a script (`echo ACTIONS_ALLOW_UNSECURE_COMMANDS=true >> "$GITHUB_ENV"`) or by a repository or organisation variable is not seen.',
  reads: ['ci'],
  examples: { bad: ['insecure-commands--set-env-back-on'], good: ['clean--environment-files'] },
  since: 'next',
} as const satisfies CheckMeta;
