/**
 * A release or publish job that restores a GitHub Actions cache, which less-trusted runs on the
 * default branch can write. After zizmor's cache-poisoning audit: https://docs.zizmor.sh/audits/#cache-poisoning
 * GitHub's cache rules (scope, key matching, immutability, eviction):
 * https://docs.github.com/en/actions/reference/workflows-and-actions/dependency-caching
 */
import { defineCheck, type Severity } from '@inert/core';
import { cacheUse, outsiderRunWritesCache, releasesFrom } from '../caches.js';
import type { CiModel, CiWorkflow, Job } from '../model.js';
import { OUTSIDER_TRIGGERS, privileges } from '../privileges.js';
import { describeKey, matchingSave, untrustedSaves } from '../cache-key-routes.js';
import { cachePoisoningMeta } from './cache-poisoning.meta.js';

export const cachePoisoning = defineCheck<CiModel>()({
  ...cachePoisoningMeta,
  run(model, report) {
    const publishing = publishingJobs(model);
    const outsider = model.workflows.filter((w) => !w.composite && w.triggers.some((t) => OUTSIDER_TRIGGERS.has(t)));
    // Outsider-fired runs get a read-only cache token unless a `cache-mode` gives write back.
    const writing = outsider.filter((w) => w.jobs.some(outsiderRunWritesCache));
    // The outsider-fired workflow quoted in messages: one that restores a cache itself, else the first.
    const writer =
      writing.find((w) => w.jobs.some((j) => j.steps.some((s) => cacheUse(s) !== undefined))) ?? writing[0];
    const route = writer
      ? routeOf(writer)
      : outsider.length > 0
        ? `${outsider[0]!.path} runs on an outsider\u2019s trigger but gets a read-only cache token (no write \`cache-mode\`); every push, schedule or manual run on the default branch can still write the cache`
        : 'no workflow of this checkout runs on an outsider\u2019s trigger, but every run on the default branch can write the cache';
    const saves = untrustedSaves(model);
    for (const workflow of model.workflows) {
      if (workflow.composite) continue;
      const releaseTriggers = workflow.releaseTriggers ?? [];
      const publisher = workflow.jobs.find((j) => publishing.has(j));
      if (releaseTriggers.length === 0 && !publisher) {
        // Not a release: a privileged job that restores a key an outsider-fired workflow saves.
        if (workflow.triggers.some((t) => OUTSIDER_TRIGGERS.has(t))) continue;
        for (const job of workflow.jobs) {
          if (!restoresCaches(job)) continue;
          let evidence: string[] | undefined;
          for (const step of job.steps) {
            const use = cacheUse(step);
            const match = use && step.usesAt ? matchingSave(step, saves, workflow) : undefined;
            if (!use || !match || !step.usesAt) continue;
            evidence ??= privileges(job);
            if (evidence.length === 0) break;
            report({
              messageId: 'privileged',
              data: {
                uses: step.uses!,
                job: job.id,
                evidence: evidence.join(', '),
                how: use === 'explicit' ? 'turned on in the step' : 'the action caches by default',
                route: describeKey(match),
              },
              at: step.usesAt,
              evidence: `uses: ${step.uses}`,
              severity: 'high',
              key: `${job.id}:${step.usesAt.line}`,
            });
          }
        }
        continue;
      }
      const on = releaseTriggers.length > 0 ? `the workflow runs on ${releaseTriggers.join(', ')}` : '';
      for (const job of workflow.jobs) {
        const release = [
          publishing.has(job)
            ? 'the job publishes'
            : publisher
              ? `job ${publisher.id} of the workflow publishes`
              : 'nothing in the workflow is seen to publish',
          on,
        ]
          .filter(Boolean)
          .join('; ');
        if (!restoresCaches(job)) continue;
        for (const step of job.steps) {
          const use = cacheUse(step);
          if (!use || !step.usesAt) continue;
          const match = matchingSave(step, saves, workflow);
          const severity: Severity = !publisher ? (match ? 'medium' : 'low') : writer || match ? 'high' : 'medium';
          report({
            messageId: 'restores',
            data: {
              uses: step.uses!,
              job: job.id,
              how: use === 'explicit' ? 'turned on in the step' : 'the action caches by default',
              release,
              route: match ? describeKey(match) : route,
            },
            at: step.usesAt,
            evidence: `uses: ${step.uses}`,
            severity,
            key: `${job.id}:${step.usesAt.line}`,
          });
        }
      }
    }
  },
});

/** Jobs with a publish verdict of any ecosystem, a release action, `gh release create|upload` or `docker push` in their own steps. */
function publishingJobs(model: CiModel): Set<Job> {
  const byId = new Map<string, Job>();
  const out = new Set<Job>();
  for (const w of model.workflows) {
    for (const job of w.jobs) {
      byId.set(`${w.path}\0${job.id}`, job);
      if (job.steps.some(releasesFrom)) out.add(job);
    }
  }
  for (const c of model.commands) {
    const [program, verb, sub] = c.command.argv;
    if (
      c.jobModel &&
      ((program === 'gh' && verb === 'release' && (sub === 'create' || sub === 'upload')) ||
        (program === 'docker' && verb === 'push'))
    )
      out.add(c.jobModel);
  }
  for (const v of model.verdicts) {
    if (v.verdict.action !== 'publish') continue;
    const job = byId.get(`${v.at.file}\0${v.job ?? ''}`);
    if (job) out.add(job);
  }
  return out;
}

function routeOf(w: CiWorkflow): string {
  const trigger = w.triggers.find((t) => OUTSIDER_TRIGGERS.has(t))!;
  const restores = w.jobs.some((j) => j.steps.some((s) => cacheUse(s) !== undefined));
  const mode = w.jobs.find(outsiderRunWritesCache)?.cacheMode ?? '';
  return `${w.path} runs on \`${trigger}\` in the default branch\u2019s cache scope with \`cache-mode: ${mode}\`${restores ? ' and uses a cache itself' : ''}, so code an outsider gets to run there can write what this job restores`;
}

/** `cache-mode: none` and `write-only` stop a job's restores (enforced by the cache service). */
function restoresCaches(job: Job): boolean {
  const mode = job.cacheMode?.trim();
  return mode !== 'none' && mode !== 'write-only';
}
