/** The metadata of ci/spoofable-bot-condition: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const spoofableBotConditionMeta = {
  id: 'spoofable-bot-condition',
  question: 'pre-install-execution',
  title: 'A condition trusts a bot by the event\u2019s last actor',
  description:
    'Workflows often let a trusted bot skip a check or do a privileged thing \u2014 auto-merge Dependabot\u2019s updates, approve Renovate\u2019s, publish a preview \u2014 with `if: github.actor == \'dependabot[bot]\'`. But `github.actor` (like `github.triggering_actor` and `github.event.sender`) is whoever *last* acted on the event, not who wrote the pull request\u2019s code. Synacktiv showed in 2024 that an outsider can make Dependabot the actor of a pull request event that carries the outsider\u2019s code: in a fork they control, they get Dependabot to push to the branch of a pull request opened against the target repository (for instance by asking it to recreate its update), so the `synchronize` event\u2019s actor is `dependabot[bot]` while the branch holds their commits, and the target\u2019s `pull_request_target` workflow passes the gate with the base repository\u2019s secrets and write token (https://www.synacktiv.com/publications/github-actions-exploitation-dependabot); BoostSecurity describes further variants of this confused-deputy attack (https://boostsecurity.io/blog/weaponizing-dependabot-pwn-request-at-its-finesticd-with-style-lotp-guide). For a package repository the gate usually stands in front of an auto-merge: the "dependency update" it merges is then whatever the attacker wrote, lockfile and install scripts included. `github.event.pull_request.user.login` names the pull request\u2019s author and cannot be spoofed this way, and a same-repository check (`github.event.pull_request.head.repo.full_name == github.repository`) keeps forks out; GitHub recommends `pull_request` rather than `pull_request_target` for Dependabot automation (https://docs.github.com/en/code-security/dependabot/working-with-dependabot/automating-dependabot-with-github-actions). zizmor\u2019s `bot-conditions` audit reports the same contexts (https://docs.zizmor.sh/audits/#bot-conditions) in `if:`; this check also reads the same test where it hides in a script the job runs \u2014 a `run:` script (`[ "$GITHUB_ACTOR" = "dependabot[bot]" ]`, `$GITHUB_ACTOR` and `$GITHUB_TRIGGERING_ACTOR` being the same values, or a variable set from `github.actor` in `env:`), the `run:` steps of a local composite action the job uses, a script it runs by path, and `actions/github-script` (`context.actor === \'dependabot[bot]\'`, `context.payload.sender.login`, or a `const` bound to either).',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: 'the workflow runs on a trigger an outsider fires in the base repository\u2019s context (`pull_request_target`, `workflow_run`, `issue_comment`, `pull_request_review` \u2026): passing the gate gives the job\u2019s secrets and token',
    },
    {
      severity: 'medium',
      when: 'the workflow runs only on `pull_request` and the job shows secrets, a write-scoped token or OIDC: Dependabot\u2019s own runs get Dependabot secrets and the permissions the file asks for',
    },
    {
      severity: 'low',
      when: 'the workflow runs only on `pull_request` and the job shows no privilege: a fork\u2019s run has no secrets and a read-only token, so the gate only decides what runs',
    },
  ],
  confidence: 'high',
  messages: {
    spoofable:
      '`if:` of {where} trusts {comparison}, but `{context}` is whoever last acted on the event, which an outsider can make a bot; the workflow runs on `{trigger}`{evidence}',
    script:
      '`{text}`{via} trusts a bot by `{context}`, but it is whoever last acted on the event, which an outsider can make a bot; {where} runs on `{trigger}`{evidence}',
  },
  remediation:
    "Check who opened the pull request, not who acted last: `github.event.pull_request.user.login == 'dependabot[bot]'`, and keep forks out with `github.event.pull_request.head.repo.full_name == github.repository`. Move Dependabot automation from `pull_request_target` to `pull_request` (Dependabot\u2019s runs get Dependabot secrets there), and fetch metadata with `dependabot/fetch-metadata` before approving or merging.",
  limitations:
    'Scripts are read line by line: a test is a line that names the last actor (`$GITHUB_ACTOR`, `${{ github.actor }}`, a variable set from it in the step\u2019s `env:`, `context.actor`), a bot (`[bot]`, dependabot, renovate) and an equality or membership test, with no `!=` on it and no author or head-repository check on the same line; a test spread over several lines, or a variable copied from `$GITHUB_ACTOR` inside a shell script, is not seen. In github-script a `const` bound to the actor (`const a = context.actor`, `const { actor } = context`, `const a = process.env.ACTOR` with `ACTOR` set from `github.actor`, or a `const` copied from one of these) is followed within the one script; `let`/`var`, reassignment, a value computed from the actor (`actor.toLowerCase()`), a function argument or an object field is data flow a line-by-line read cannot decide, and a test through it is not reported. Called scripts are followed one level; local composite actions three levels (an action a local action uses, and so on; a cycle is cut). A condition is split on `||` and `&&` as written, without evaluating it: a guard written in another step or job is not seen. Workflows fired only by `push`, `schedule` or `workflow_dispatch` are not reported: their actor already has write access.',
  reads: ['ci'],
  examples: {
    bad: [
      'spoofable-bot-condition--dependabot-automerge',
      'spoofable-bot-condition--in-scripts',
      'spoofable-bot-condition--script-aliases',
    ],
    good: ['clean--bot-conditions-on-author', 'clean--bot-tests-in-scripts', 'clean--bot-script-aliases'],
  },
  since: 'next',
} as const satisfies CheckMeta;
