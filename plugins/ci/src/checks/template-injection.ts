/**
 * `${{ }}` expressions of values an outsider writes (issue and pull request titles, bodies, branch
 * names, commit messages) expanded into a script's text.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel } from '../model.js';
import { OUTSIDER_TRIGGERS, privileges } from '../privileges.js';
import { clip } from '../clip.js';
import { ATTACKER_CONTROLLED, templateInjectionMeta } from './template-injection.meta.js';

const PATH_IN_EXPRESSION = /github(?:\.[A-Za-z_][\w-]*|\[(?:\d+|\*)\]|\.\*)+/g;

export const templateInjection = defineCheck<CiModel>()({
  ...templateInjectionMeta,
  run(model, report) {
    for (const workflow of model.workflows) {
      const outsider = workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
      for (const job of workflow.jobs) {
        let evidence: string[] | undefined;
        for (const step of job.steps) {
          for (const e of step.expressions) {
            const path = attackerPath(e.text);
            if (!path) continue;
            evidence ??= privileges(job);
            const severity: Severity = workflow.composite
              ? 'high'
              : !outsider
                ? 'low'
                : evidence.length > 0
                  ? 'critical'
                  : 'high';
            report({
              messageId: e.input,
              data: {
                expression: clip(e.text),
                job: job.id,
                value: `\`${path}\``,
                author: author(path),
                evidence:
                  outsider && evidence.length > 0
                    ? `; the job runs on \`${outsider}\` with ${evidence.join(', ')}`
                    : outsider
                      ? `; the job runs on \`${outsider}\``
                      : '',
              },
              at: e.at,
              evidence: clip(e.text),
              severity,
              key: `${e.at.line}:${e.at.column}`,
            });
          }
        }
      }
    }
  },
});

/** The first attacker-controlled context path the expression reads. */
export function attackerPath(expression: string): string | undefined {
  for (const m of expression.matchAll(PATH_IN_EXPRESSION)) {
    const normal = m[0].replace(/\[(?:\d+|\*)\]/g, '.*').replace(/\.\*\.\*/g, '.*');
    for (const path of ATTACKER_CONTROLLED) if (normal === path || normal.startsWith(`${path}.`)) return path;
  }
  return undefined;
}

function author(path: string): string {
  if (
    path.includes('head_ref') ||
    path.includes('head.ref') ||
    path.includes('head_branch') ||
    path.includes('head.label') ||
    path.includes('default_branch')
  )
    return 'whoever names the branch (a fork\u2019s owner)';
  if (path.includes('commits') || path.includes('head_commit')) return 'whoever writes the commit';
  return 'whoever opens the issue, pull request, comment or discussion';
}
