/** The metadata of ci/github-env-write: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const githubEnvWriteMeta = {
  id: 'github-env-write',
  question: 'pre-install-execution',
  title: 'A privileged job writes an outsider\u2019s value into GITHUB_ENV or GITHUB_PATH',
  description:
    'A line written to the `GITHUB_ENV` file becomes an environment variable of every later step of the job, and a line written to `GITHUB_PATH` goes in front of their PATH. In a job an outsider can fire with the base repository\u2019s secrets and token (`pull_request_target`, `workflow_run`, `issue_comment` \u2026), a value the outsider controls there is code execution without any `${{ }}` in a script: a newline in a pull request title or an artifact\u2019s text adds `NODE_OPTIONS=--require=/tmp/x.js`, `LD_PRELOAD`, or `BASH_ENV`, and the next `npm ci`, `node` or `bash` step runs the attacker\u2019s code; a directory of the pull request\u2019s checkout on `GITHUB_PATH` (its `node_modules/.bin`, a `bin/` it ships) shadows `git`, `node` or `npm` for the rest of the job. GitHub Security Lab found exactly this in Litestar\u2019s `workflow_run` documentation-preview workflow, which wrote a value read from the triggering run\u2019s artifact into `GITHUB_ENV` (GHSL-2024-177, \u201cEnvironment Variable injection in an Actions workflow of Litestar\u201d, https://securitylab.github.com/advisories/GHSL-2024-177_Litestar/; checked in Litestar\u2019s own history: `.github/workflows/docs-preview.yml` at litestar-org/litestar@043e6714 runs on `workflow_run`, downloads the triggering run\u2019s `docs-preview` artifact and runs `echo "PR_NUMBER=$(cat docs-preview/.pr_number)" >> $GITHUB_ENV` in a job with `pull-requests: write` and a deploy-token secret; the advisory page itself was not read here); Legit Security showed the same class in Google and Apache workflows (https://www.legitsecurity.com/blog/github-privilege-escalation-vulnerability-0), and Synacktiv describes the environment variables that turn a write into execution (https://www.synacktiv.com/en/publications/github-actions-exploitation-repo-jacking-and-environment-manipulation). Unlike zizmor\u2019s `github-env`, which reports every write in such workflows, this check reads what is written: a constant or a runner path is not reported. It also follows the writes a step makes outside its own `run:`: the `run:` steps of the local composite action it uses (`uses: ./.github/actions/x`, with `${{ inputs.x }}` replaced by what the step passes in `with:`), a script it runs by path (`./scripts/ci-env.sh`, with the step\u2019s `env:`), and `actions/github-script`\u2019s `core.exportVariable(name, value)` and `core.addPath(dir)`, which append to the same files (https://github.com/actions/toolkit/tree/main/packages/core#exporting-variables): there an attacker\u2019s value is a `${{ }}` of the list of ci/template-injection or the same field read from `context.payload` (`context.payload.pull_request.title`). Each such write is reported once, at its own line, naming the step that makes it.',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'the value holds an attacker-controlled expression (a title, body, comment, branch name, commit message; directly, through a step `env:` variable, through a composite action\u2019s `inputs`, or as github-script\u2019s `context.payload` field) and the job shows secrets, a write-scoped token or OIDC',
    },
    {
      severity: 'high',
      when: 'the value holds an attacker-controlled expression and no privilege is visible; or it is read at run time after the job fetched the pull request\u2019s code or the triggering run\u2019s artifacts (a file of theirs, `$(cat pr.txt)`), or a `GITHUB_PATH` entry points into that checkout',
    },
    {
      severity: 'low',
      when: 'the value is computed at run time (a command\u2019s output, a variable, a step output) from a source the file does not show to be the outsider\u2019s',
    },
  ],
  confidence: 'medium',
  messages: {
    attacker:
      '`{text}`{via} writes {what} into `{target}` in job {job}, which runs on `{trigger}`: a newline in it sets any variable (`NODE_OPTIONS`, `LD_PRELOAD`) for every later step{evidence}',
    fetched:
      '`{text}`{via} writes a value read at run time into `{target}` in job {job}, which runs on `{trigger}` after it fetched {fetched} (line {fetchLine}): the file it reads is the outsider\u2019s{evidence}',
    path: '`{text}`{via} puts a directory of the checkout on `GITHUB_PATH` in job {job}, which runs on `{trigger}` after it fetched {fetched} (line {fetchLine}): the fetched files shadow `git`, `node` and `npm` for every later step{evidence}',
    runtime:
      '`{text}`{via} writes {what} into `{target}` in job {job}, which runs on `{trigger}`; whether an outsider controls it is not determinable from the file{evidence}',
  },
  remediation:
    'In a privileged job, write only constants and runner paths to `GITHUB_ENV`/`GITHUB_PATH`. Pass values between steps with `GITHUB_OUTPUT` and `env:`; validate what comes from an artifact or the event (`[[ "$PR" =~ ^[0-9]+$ ]]`) before using it; never add a directory of the pull request\u2019s checkout to PATH. Better, move the work that touches the pull request to a `pull_request` job without secrets.',
  limitations:
    'Writes are read in `run:` scripts, the local composite actions a step uses and the local actions those use (three levels deep, each level\u2019s `${{ inputs.x }}` replaced by its caller\u2019s `with:`; an action already on the way — a cycle — is not read again), the scripts a step runs by path (one level), and github-script calls; not in third-party actions, nor `GITHUB_OUTPUT` (a newline there sets another output of the step, which matters only where that output is expanded: ci/template-injection). In github-script, a value held in a variable first (`const t = context.payload.pull_request.title; core.exportVariable(\'T\', t)`) is "computed by the script" (low). A value is judged by its text: a variable set by an earlier step through `GITHUB_ENV` itself, or a step output, is "computed at run time" even when its source is the event. Writes in workflows that run only on `push`, `pull_request`, `schedule` or `workflow_dispatch` are not reported: there the writer already controls the job.',
  reads: ['ci'],
  examples: {
    bad: [
      'github-env-write--privileged-env-files',
      'github-env-write--called-actions-and-scripts',
      'github-env-write--nested-local-actions',
    ],
    good: ['clean--environment-files', 'clean--env-writes-in-called-code'],
  },
  since: 'next',
} as const satisfies CheckMeta;
