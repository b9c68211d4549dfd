/**
 * A workflow job (or a composite action's steps, as one job): `needs`, `if`, `permissions`,
 * `cache-mode`, `environment`, `runs-on`, matrix axes (never expanded), container and services, a reusable-workflow
 * call with its `secrets`, then each step.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobs
 */
import { isRecord, type Route } from '@inert/core';
import type { Job, Located } from './model.js';
import { readStep } from './step-reader.js';
import { list, matrixAxes, permissions, strings, writes } from './workflow-fields.js';
import type { WorkflowSource } from './workflow-source.js';

type Dict = Record<string, unknown>;

export function readJob(
  source: WorkflowSource,
  id: string,
  raw: Dict,
  route: Route,
  workflowEnv: Record<string, string>,
): Job {
  const workflow = source.out.workflow;
  const perms = raw.permissions === undefined ? workflow.permissions : permissions(raw.permissions);
  const env = { ...workflowEnv, ...strings(raw.env) };
  const job: Job = {
    id,
    at: source.locate(route, 'key'),
    needs: list(raw.needs),
    permissions: perms,
    matrix: matrixAxes(raw.strategy),
    services: [],
    steps: [],
    idToken: writes(perms, 'id-token'),
    env,
  };
  if (raw.permissions !== undefined) job.permissionsAt = source.locate([...route, 'permissions']);
  const cacheMode = typeof raw['cache-mode'] === 'string' ? raw['cache-mode'] : workflow.cacheMode;
  if (cacheMode !== undefined) job.cacheMode = cacheMode;
  source.unsecureCommands(raw.env, route, id);
  source.wholeSecrets(raw.env, [...route, 'env'], 'env', id);
  source.wholeSecrets(raw.with, [...route, 'with'], 'with', id);
  source.wholeSecrets(raw.secrets, [...route, 'secrets'], 'secrets', id);
  if (typeof raw.if === 'string' || typeof raw.if === 'boolean') {
    job.if = String(raw.if);
    job.ifAt = source.locate([...route, 'if']);
  }
  const environment = isRecord(raw.environment) ? raw.environment.name : raw.environment;
  if (typeof environment === 'string') job.environment = environment;
  if (typeof raw['runs-on'] === 'string') job.runsOn = raw['runs-on'];
  else if (Array.isArray(raw['runs-on'])) job.runsOn = raw['runs-on'].map(String).join(', ');
  const container = isRecord(raw.container) ? raw.container.image : raw.container;
  if (typeof container === 'string')
    job.container = {
      image: container,
      at: source.locate([...route, 'container', ...(isRecord(raw.container) ? ['image'] : [])]),
    };
  if (isRecord(raw.services)) {
    for (const [name, s] of Object.entries(raw.services)) {
      const image = isRecord(s) ? s.image : undefined;
      if (typeof image === 'string')
        (job.services as { name: string; image: string; at: Located }[]).push({
          name,
          image,
          at: source.locate([...route, 'services', name, 'image']),
        });
    }
  }
  if (typeof raw.uses === 'string') {
    job.uses = raw.uses;
    job.usesAt = source.locate([...route, 'uses']);
    if (raw.secrets === 'inherit') job.secrets = 'inherit';
    else if (isRecord(raw.secrets)) job.secrets = strings(raw.secrets);
    if (raw.secrets !== undefined) job.secretsAt = source.locate([...route, 'secrets'], 'key');
    source.out.actions.push({
      uses: raw.uses,
      with: strings(raw.with),
      env,
      file: source.path,
      line: job.usesAt.line,
      column: job.usesAt.column,
      job: id,
      idToken: job.idToken,
    });
  }
  const defaultsRun = isRecord(raw.defaults) && isRecord(raw.defaults.run) ? raw.defaults.run : {};
  const steps = Array.isArray(raw.steps) ? raw.steps : [];
  steps.forEach((s: unknown, i) => {
    if (isRecord(s)) job.steps.push(readStep(source, job, s, [...route, 'steps', i], i, defaultsRun));
  });
  return job;
}
