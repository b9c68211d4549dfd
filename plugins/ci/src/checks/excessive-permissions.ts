/**
 * A workflow token broader than the job needs: `write-all`, or no `permissions:` at all where an
 * outsider fires the workflow. https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, CiWorkflow, Job } from '../model.js';
import { OUTSIDER_TRIGGERS } from '../privileges.js';
import { excessivePermissionsMeta } from './excessive-permissions.meta.js';

export const excessivePermissions = defineCheck<CiModel>()({
  ...excessivePermissionsMeta,
  run(model, report) {
    for (const workflow of model.workflows) {
      if (workflow.composite) continue;
      const outsider = workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      const calledOnly = workflow.triggers.length > 0 && workflow.triggers.every((t) => t === 'workflow_call');
      const writeAll = (p: CiWorkflow['permissions']) => p.kind === 'all' && p.level === 'write';
      const report1 = (at: NonNullable<CiWorkflow['permissionsAt']>, scope: string) => {
        const severity: Severity = outsider ? 'high' : calledOnly ? 'low' : 'medium';
        report({
          messageId: 'writeAll',
          data: { scope, trigger: outsider ? `; the workflow runs on \`${outsider}\`` : '' },
          at,
          evidence: 'permissions: write-all',
          severity,
          key: `${at.line}:${at.column}`,
        });
      };
      if (workflow.permissionsAt && writeAll(workflow.permissions))
        report1(workflow.permissionsAt, 'at workflow level');
      for (const job of workflow.jobs)
        if (job.permissionsAt && writeAll(job.permissions)) report1(job.permissionsAt, `in job ${job.id}`);
      if (!outsider) continue;
      // Jobs that call a reusable workflow pass their permissions on: they count like any job.
      const open = workflow.jobs.filter((j: Job) => j.permissions.kind === 'default');
      if (open.length === 0) continue;
      const at = workflow.triggersAt ?? open[0]!.at;
      report({
        messageId: 'default',
        data: {
          jobs: `${open.length === 1 ? 'job' : 'jobs'} ${open
            .slice(0, 5)
            .map((j) => j.id)
            .join(', ')}${open.length > 5 ? ` and ${open.length - 5} more` : ''} ${open.length === 1 ? 'runs' : 'run'}`,
          trigger: outsider,
        },
        at,
        evidence: `on: ${outsider}`,
        severity: 'medium',
        key: `default:${at.line}`,
      });
    }
  },
});
