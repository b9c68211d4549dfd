/**
 * GitHub Actions workflows and composite actions, read into a model. This file reads the workflow
 * level — triggers (`on:`), release triggers, `permissions:`, `env:` — and hands each job to
 * job-reader.ts, which hands each step to step-reader.ts; step-scripts.ts reads the commands,
 * expressions and environment-file writes of a step's scripts at their exact lines.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
import { isRecord, parseYaml, type ParseLimits, type ParseProblem } from '@inert/core';
import { readJob } from './job-reader.js';
import type { CiWorkflow } from './model.js';
import { permissions, releaseTriggers, strings, triggers } from './workflow-fields.js';
import { WorkflowSource, type WorkflowRead } from './workflow-source.js';

export type { WorkflowRead } from './workflow-source.js';

export function readWorkflow(text: string, path: string, limits?: ParseLimits): WorkflowRead | ParseProblem {
  const parsed = parseYaml(text, path, limits);
  if (!parsed.ok) return parsed.problem;
  const doc = parsed.value.documents[0];
  const root = doc?.value;
  const workflow: CiWorkflow = {
    path,
    triggers: [],
    permissions: { kind: 'default' },
    jobs: [],
    composite: false,
    validatesWrapper: false,
  };
  const out: WorkflowRead = { commands: [], actions: [], workflow, problems: [] };
  if (!doc || !isRecord(root)) return out;
  const source = new WorkflowSource(doc, text, path, out);
  // YAML 1.1 reads an unquoted `on` key as `true`.
  const on = root.on ?? root.true;
  workflow.triggers = triggers(on);
  workflow.releaseTriggers = releaseTriggers(on);
  if (root.on !== undefined) workflow.triggersAt = source.locate(['on'], 'key');
  workflow.permissions = permissions(root.permissions);
  if (root.permissions !== undefined) workflow.permissionsAt = source.locate(['permissions']);
  if (typeof root['cache-mode'] === 'string') workflow.cacheMode = root['cache-mode'];
  const workflowEnv = strings(root.env);
  source.unsecureCommands(root.env, [], undefined);
  source.wholeSecrets(root.env, ['env'], 'env');
  if (isRecord(root.jobs)) {
    for (const [id, job] of Object.entries(root.jobs))
      if (isRecord(job)) workflow.jobs.push(readJob(source, id, job, ['jobs', id], workflowEnv));
  } else if (isRecord(root.runs) && Array.isArray(root.runs.steps)) {
    workflow.composite = true;
    workflow.jobs.push(readJob(source, '(composite)', { steps: root.runs.steps }, ['runs'], workflowEnv));
  }
  return out;
}
