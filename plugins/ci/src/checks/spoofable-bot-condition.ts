/**
 * `if:` conditions that trust a bot by `github.actor` (or `triggering_actor`, `event.sender`) in a
 * workflow an outsider can fire: the actor is whoever last acted on the event, not who wrote the code.
 * https://www.synacktiv.com/publications/github-actions-exploitation-dependabot
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, Located } from '../model.js';
import { OUTSIDER_TRIGGERS, privileges } from '../privileges.js';
import { clip } from '../clip.js';
import { spoofableBotConditionMeta } from './spoofable-bot-condition.meta.js';

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
  ...spoofableBotConditionMeta,
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
