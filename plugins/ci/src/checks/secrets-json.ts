/**
 * The whole `secrets` context handed to one step or call (`toJSON(secrets)`, `${{ secrets }}`,
 * `secrets[<computed>]`): the runner then receives every secret of the repository and organisation.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#secrets-context
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, CiWorkflow, WholeSecrets } from '../model.js';
import { OUTSIDER_TRIGGERS } from '../privileges.js';
import { clip } from '../clip.js';
import { secretsJsonMeta } from './secrets-json.meta.js';

const FIRST_PARTY = /^(?:actions|github)\//;

export const secretsJson = defineCheck<CiModel>()({
  ...secretsJsonMeta,
  run(model, report) {
    for (const workflow of model.workflows) {
      const outsider = workflow.composite ? undefined : workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      for (const found of workflow.wholeSecrets ?? []) {
        const { receiver, external } = receiverOf(found, workflow);
        const base: Severity = external || outsider ? 'high' : 'medium';
        const severity: Severity = found.kind === 'whole' ? base : base === 'high' ? 'medium' : 'low';
        report({
          messageId: found.kind,
          data: {
            expression: clip(found.text),
            receiver,
            trigger: outsider ? `, in a workflow that runs on \`${outsider}\`` : '',
          },
          at: found.at,
          evidence: clip(found.text),
          severity,
          key: `${found.at.line}:${found.at.column}:${found.text}`,
        });
      }
    }
  },
});

/** Who receives the value, in words, and whether it is code outside the repository's control. */
function receiverOf(found: WholeSecrets, workflow: CiWorkflow): { receiver: string; external: boolean } {
  const where = found.where.split('.')[0];
  const job = found.job === undefined ? undefined : workflow.jobs.find((j) => j.id === found.job);
  if (found.step) {
    const uses = found.step.uses;
    const name = `step ${found.step.name ?? found.step.id ?? found.step.index + 1} of job ${found.job ?? '?'}`;
    if (uses !== undefined && (where === 'with' || where === 'env')) {
      const external = !uses.startsWith('./') && !FIRST_PARTY.test(uses);
      return { receiver: `\`${uses}\` (${name}, \`${found.where}\`)`, external };
    }
    return { receiver: `${name} (\`${found.where}\`)`, external: false };
  }
  if (job?.uses !== undefined && (where === 'secrets' || where === 'with')) {
    const external = !job.uses.startsWith('./');
    return { receiver: `the reusable workflow \`${job.uses}\` (job ${job.id}, \`${found.where}\`)`, external };
  }
  if (job) return { receiver: `every step of job ${job.id} (\`${found.where}\`)`, external: false };
  return { receiver: `every job of the workflow (\`${found.where}\`)`, external: false };
}
