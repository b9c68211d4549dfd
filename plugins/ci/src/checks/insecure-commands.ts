/**
 * `ACTIONS_ALLOW_UNSECURE_COMMANDS` turns the deprecated `::set-env` and `::add-path` workflow
 * commands back on. https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel } from '../model.js';
import { OUTSIDER_TRIGGERS } from '../privileges.js';
import { insecureCommandsMeta } from './insecure-commands.meta.js';

export const insecureCommands = defineCheck<CiModel>()({
  ...insecureCommandsMeta,
  run(model, report) {
    for (const workflow of model.workflows) {
      const outsider = workflow.composite ? undefined : workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      for (const found of workflow.unsecureCommands ?? []) {
        const value = found.value.trim();
        if (value === '' || /^(?:false|0)$/i.test(value)) continue;
        const expression = value.includes('${{');
        const severity: Severity = expression ? 'low' : outsider ? 'high' : 'medium';
        report({
          messageId: 'enabled',
          data: {
            value,
            scope: found.job !== undefined ? `in job ${found.job}` : 'for the whole workflow',
            trigger: outsider ? `; the workflow runs on \`${outsider}\`` : '',
          },
          at: found.at,
          evidence: `ACTIONS_ALLOW_UNSECURE_COMMANDS: ${value}`,
          severity,
          key: `${found.at.line}:${found.at.column}`,
        });
      }
    }
  },
});
