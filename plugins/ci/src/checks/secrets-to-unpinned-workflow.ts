/**
 * Secrets handed to a reusable workflow that is not pinned by commit.
 * https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow
 */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { secretsToUnpinnedWorkflowMeta } from './secrets-to-unpinned-workflow.meta.js';

export const secretsToUnpinnedWorkflow = defineCheck<CiModel>()({
  ...secretsToUnpinnedWorkflowMeta,
  run(model, report) {
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        if (!job.uses || !job.usesAt || job.secrets === undefined || job.uses.startsWith('./')) continue;
        const at = job.uses.lastIndexOf('@');
        const ref = at < 0 ? '' : job.uses.slice(at + 1);
        if (!ref || /^[0-9a-f]{40}$/i.test(ref)) continue;
        const names = job.secrets === 'inherit' ? [] : Object.keys(job.secrets);
        if (job.secrets !== 'inherit' && names.length === 0) continue;
        // Every secret of the repository is worse than a named few.
        const severity = job.secrets === 'inherit' ? 'high' : 'medium';
        report({
          messageId: job.secrets === 'inherit' ? 'inherit' : 'named',
          data: {
            uses: job.uses,
            ref,
            secrets:
              names
                .slice(0, 5)
                .map((n) => `\`${n}\``)
                .join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : ''),
          },
          at: job.secretsAt ?? job.usesAt,
          evidence: job.uses,
          severity,
          key: `${job.id}:${job.uses}`,
        });
      }
    }
  },
});
