/**
 * Cache keys matched across workflows for ci/cache-poisoning: which keys workflows an outsider
 * fires save (in the default branch's cache scope), and whether a step elsewhere restores one of
 * them, exactly or by a `restore-keys` prefix.
 */
import { ANY, WORD, cacheKeys, overlaps } from './cache-keys.js';
import { outsiderRunWritesCache } from './caches.js';
import type { CiModel, CiWorkflow, Job, Located, Step } from './model.js';
import { OUTSIDER_TRIGGERS } from './privileges.js';

export interface UntrustedSave {
  workflow: CiWorkflow;
  trigger: string;
  job: Job;
  step: Step;
  at: Located;
  key: string;
}

export interface KeyMatch {
  save: UntrustedSave;
  /** The restoring pattern that meets the saved key. */
  restore: string;
  /** A `restore-keys` prefix (true) or the exact `key` (false). */
  prefix: boolean;
}

/** Every cache key a step of an outsider-fired workflow saves, in jobs whose `cache-mode` lets it write. */
export function untrustedSaves(model: CiModel): UntrustedSave[] {
  const out: UntrustedSave[] = [];
  for (const workflow of model.workflows) {
    if (workflow.composite) continue;
    const trigger = workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t));
    if (!trigger) continue;
    for (const job of workflow.jobs) {
      if (!outsiderRunWritesCache(job)) continue;
      for (const step of job.steps) {
        const keys = step.usesAt ? cacheKeys(step) : undefined;
        for (const key of keys?.saves ?? [])
          if (determinable(key)) out.push({ workflow, trigger, job, step, at: step.usesAt!, key });
      }
    }
  }
  return out;
}

/** The first key an outsider-fired workflow (other than `workflow`) saves that the step restores. */
export function matchingSave(step: Step, saves: readonly UntrustedSave[], workflow: CiWorkflow): KeyMatch | undefined {
  if (saves.length === 0) return undefined;
  const restores = cacheKeys(step)?.restores ?? [];
  for (const save of saves) {
    if (save.workflow === workflow) continue;
    for (const restore of restores)
      if (determinable(restore.pattern) && overlaps(save.key, restore.pattern))
        return { save, restore: restore.pattern, prefix: restore.prefix };
  }
  return undefined;
}

/**
 * A key with some literal text: a key that is one expression (`${{ steps.k.outputs.key }}`) could be
 * any key, so comparing it would match everything; it is not determinable and not compared.
 */
function determinable(pattern: string): boolean {
  return pattern.split(ANY).join('').split(WORD).join('') !== '';
}

/** The route, for messages. */
export function describeKey(match: KeyMatch): string {
  const { save } = match;
  return `\`${save.step.uses}\` in job ${save.job.id} of ${save.workflow.path} (line ${save.at.line}), which runs on \`${save.trigger}\` in the default branch\u2019s cache scope, saves the key \`${shown(save.key)}\`, which this step\u2019s ${match.prefix ? 'restore-keys prefix' : 'key'} \`${shown(match.restore)}\` matches (\`*\`: a part the file does not fix, such as \`hashFiles(\u2026)\`)`;
}

/** A pattern as people read it: wildcards as `*`, runner symbols as their expressions. */
function shown(pattern: string): string {
  return pattern
    .split(ANY)
    .join('*')
    .split(WORD)
    .join('*')
    .replace(/\uE000([\w.]+)\uE000/g, '${{ $1 }}');
}
