/**
 * `if:` conditions that trust a bot by `github.actor` (or `triggering_actor`, `event.sender`) in a
 * workflow an outsider can fire: the actor is whoever last acted on the event, not who wrote the code.
 * https://www.synacktiv.com/publications/github-actions-exploitation-dependabot
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, Located } from '../model.js';
import { OUTSIDER_TRIGGERS, privileges } from '../privileges.js';
import { clip } from '../clip.js';

/** Contexts that name the last actor of the event; `\b` keeps `github.actor` from matching `github.actor_id`. */
const ACTOR =
  /github\.(?:actor_id|actor|triggering_actor|event\.sender\.(?:login|id)|event\.pull_request\.sender\.(?:login|id))\b/i;
const ACTOR_EQUALS_LITERAL =
  /(github\.(?:actor_id|actor|triggering_actor|event\.sender\.(?:login|id)|event\.pull_request\.sender\.(?:login|id)))\s*==\s*'([^']*)'/gi;
const LITERAL_EQUALS_ACTOR =
  /'([^']*)'\s*==\s*(github\.(?:actor_id|actor|triggering_actor|event\.sender\.(?:login|id)|event\.pull_request\.sender\.(?:login|id)))\b/gi;
/** A call that tests membership or a prefix or suffix, not negated. */
const CALL = /(?<!!\s{0,3})\b(?:contains|startsWith|endsWith)\s*\(/i;
/** Bot names and ids: the `[bot]` suffix, or the account and app ids of Dependabot and Renovate (as zizmor lists them). */
const BOT_LITERAL = /'[^']*(?:\[bot\]|dependabot|renovate)[^']*'|'(?:49699333|29110|27856297|29139614)'/i;
const BOT_IDS = new Set(['49699333', '29110', '27856297', '29139614']);
/** In the same `&&` branch, a check an outsider cannot pass: the pull request comes from this repository, or its author (not its last actor) is the bot. */
const GUARD =
  /pull_request\.head\.repo\.(?:full_name|fork|id|owner)|pull_request\.user\.(?:login|id)|workflow_run\.head_repository\.(?:full_name|fork|id)/i;

export const spoofableBotCondition = defineCheck<CiModel>()({
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
  run(model, report) {
    // A script or local action used by several workflows is reported once per line, at its worst.
    const scripted = new Map<string, { severity: Severity; finding: Parameters<typeof report>[0] }>();
    for (const workflow of model.workflows) {
      if (workflow.composite) continue;
      const outsider = workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      const trigger = outsider ?? (workflow.triggers.includes('pull_request') ? 'pull_request' : undefined);
      if (!trigger) continue;
      for (const job of workflow.jobs) {
        const conditions: { text: string; at: Located; where: string }[] = [];
        if (job.if !== undefined && job.ifAt) conditions.push({ text: job.if, at: job.ifAt, where: `job ${job.id}` });
        for (const step of job.steps)
          if (step.if !== undefined && step.ifAt)
            conditions.push({
              text: step.if,
              at: step.ifAt,
              where: `step ${step.name ?? step.id ?? step.index + 1} of job ${job.id}`,
            });
        for (const step of job.steps)
          for (const test of step.botTests ?? []) {
            const evidence = privileges(job);
            const severity: Severity = outsider ? 'high' : evidence.length > 0 ? 'medium' : 'low';
            const where = `${test.at.file}:${test.at.line}:${test.at.column}`;
            const before = scripted.get(where);
            if (before && RANK[before.severity] >= RANK[severity]) continue;
            scripted.set(where, {
              severity,
              finding: {
                messageId: 'script',
                data: {
                  text: clip(test.text),
                  via: test.via === undefined ? '' : ` (in ${test.via})`,
                  context: test.context,
                  where: `step ${step.name ?? step.id ?? step.index + 1} of job ${job.id}`,
                  trigger,
                  evidence: evidence.length > 0 ? ` and the job has ${evidence.join(', ')}` : '',
                },
                at: test.at,
                evidence: clip(test.text),
                severity,
                key: `${test.at.line}:${test.at.column}`,
              },
            });
          }
        for (const c of conditions) {
          const trust = spoofableTrust(c.text);
          if (!trust) continue;
          const evidence = privileges(job);
          const severity: Severity = outsider ? 'high' : evidence.length > 0 ? 'medium' : 'low';
          report({
            messageId: 'spoofable',
            data: {
              where: c.where,
              comparison: `\`${clip(trust.text)}\``,
              context: trust.context,
              trigger,
              evidence: evidence.length > 0 ? ` and the job has ${evidence.join(', ')}` : '',
            },
            at: c.at,
            evidence: clip(c.text.trim()),
            severity,
            key: `${c.at.line}:${c.at.column}`,
          });
        }
      }
    }
    for (const { finding } of scripted.values()) report(finding);
  },
});

const RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The first `||` branch of the condition that trusts a bot by a spoofable context and has no guard beside it. */
export function spoofableTrust(condition: string): { text: string; context: string } | undefined {
  if (!ACTOR.test(condition)) return undefined;
  for (const branch of topLevel(stripFence(condition), '||')) {
    if (GUARD.test(branch)) continue;
    for (const part of topLevel(branch, '&&')) {
      // `!(github.actor == 'dependabot[bot]')` excludes the bot.
      if (part.trim().startsWith('!')) continue;
      for (const m of part.matchAll(ACTOR_EQUALS_LITERAL)) if (isBot(m[2]!)) return { text: m[0], context: m[1]! };
      for (const m of part.matchAll(LITERAL_EQUALS_ACTOR)) if (isBot(m[1]!)) return { text: m[0], context: m[2]! };
      const actor = ACTOR.exec(part);
      if (actor && CALL.test(part) && BOT_LITERAL.test(part)) return { text: part.trim(), context: actor[0] };
    }
  }
  return undefined;
}

function isBot(name: string): boolean {
  return /\[bot\]$/i.test(name.trim()) || BOT_IDS.has(name.trim());
}

/** `${{ a }}` → `a`. */
function stripFence(condition: string): string {
  const t = condition.trim();
  return t.startsWith('${{') && t.endsWith('}}') ? t.slice(3, -2) : t;
}

/** Splits on `op` outside parentheses and `'…'` literals; linear. */
function topLevel(text: string, op: '||' | '&&'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === op[0] && text[i + 1] === op[1]) {
      out.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  out.push(text.slice(start));
  return out;
}
