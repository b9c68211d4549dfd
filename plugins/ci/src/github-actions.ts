/**
 * GitHub Actions workflows and composite actions, read into a model: triggers; jobs with `needs`, `if`,
 * `permissions`, `environment`, `runs-on`, matrix axes (never expanded), containers and services,
 * reusable-workflow calls with their `secrets`; steps with `uses`/`with`, `env` at every level,
 * `working-directory`, `shell`, checkout details; and the commands of `run:` scripts and of known
 * actions' command inputs, at their exact lines.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
import {
  splitLines,
  parseYaml,
  type ActionStep,
  type ParseProblem,
  type Route,
  type Span,
  type YamlDocument,
  type ParseLimits,
} from '@inert/core';
import { scalarText, trimTrailing } from '@inert/core';
import { actionCommands } from './action-inputs.js';
import { envFileWrites } from './env-writes.js';
import type { CiCommand, CiWorkflow, EnvFileWrite, Job, Located, ScriptExpression, Step } from './model.js';
import { wholeSecretsIn } from './secrets-context.js';
import { commandsFromScript, withinScalar, type ScriptContext } from './script.js';

import {
  indentOf,
  isDict,
  list,
  matrixAxes,
  permissions,
  releaseTriggers,
  strings,
  triggers,
  validatesWrapper,
  writes,
} from './workflow-fields.js';

export interface WorkflowRead {
  commands: CiCommand[];
  actions: ActionStep[];
  workflow: CiWorkflow;
  /** Parts of the file not read (a script over the commands budget): `limit` problems. */
  problems: ParseProblem[];
}

type Dict = Record<string, unknown>;

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
  if (!doc || !isDict(root)) return out;
  const reader = new WorkflowReader(doc, text, path, out);
  reader.read(root);
  return out;
}

class WorkflowReader {
  private readonly lines: readonly string[];

  constructor(
    private readonly doc: YamlDocument,
    text: string,
    private readonly path: string,
    private readonly out: WorkflowRead,
  ) {
    this.lines = splitLines(text);
  }

  read(root: Dict): void {
    const workflow = this.out.workflow;
    workflow.triggers = triggers(root.on ?? root.true);
    workflow.releaseTriggers = releaseTriggers(root.on ?? root.true);
    if (root.on !== undefined) workflow.triggersAt = this.locate(['on'], 'key');
    workflow.permissions = permissions(root.permissions);
    if (root.permissions !== undefined) workflow.permissionsAt = this.locate(['permissions']);
    const workflowEnv = strings(root.env);
    this.unsecureCommands(root.env, [], undefined);
    this.wholeSecrets(root.env, ['env'], 'env');
    if (isDict(root.jobs)) {
      for (const [id, job] of Object.entries(root.jobs))
        if (isDict(job)) workflow.jobs.push(this.job(id, job, ['jobs', id], workflowEnv));
    } else if (isDict(root.runs) && Array.isArray(root.runs.steps)) {
      workflow.composite = true;
      workflow.jobs.push(this.job('(composite)', { steps: root.runs.steps }, ['runs'], workflowEnv));
    }
  }

  private job(id: string, raw: Dict, route: Route, workflowEnv: Record<string, string>): Job {
    const workflow = this.out.workflow;
    const perms = raw.permissions === undefined ? workflow.permissions : permissions(raw.permissions);
    const env = { ...workflowEnv, ...strings(raw.env) };
    const job: Job = {
      id,
      at: this.locate(route, 'key'),
      needs: list(raw.needs),
      permissions: perms,
      matrix: matrixAxes(raw.strategy),
      services: [],
      steps: [],
      idToken: writes(perms, 'id-token'),
      env,
    };
    if (raw.permissions !== undefined) job.permissionsAt = this.locate([...route, 'permissions']);
    this.unsecureCommands(raw.env, route, id);
    this.wholeSecrets(raw.env, [...route, 'env'], 'env', id);
    this.wholeSecrets(raw.with, [...route, 'with'], 'with', id);
    this.wholeSecrets(raw.secrets, [...route, 'secrets'], 'secrets', id);
    if (typeof raw.if === 'string' || typeof raw.if === 'boolean') {
      job.if = String(raw.if);
      job.ifAt = this.locate([...route, 'if']);
    }
    const environment = isDict(raw.environment) ? raw.environment.name : raw.environment;
    if (typeof environment === 'string') job.environment = environment;
    if (typeof raw['runs-on'] === 'string') job.runsOn = raw['runs-on'];
    else if (Array.isArray(raw['runs-on'])) job.runsOn = raw['runs-on'].map(String).join(', ');
    const container = isDict(raw.container) ? raw.container.image : raw.container;
    if (typeof container === 'string')
      job.container = {
        image: container,
        at: this.locate([...route, 'container', ...(isDict(raw.container) ? ['image'] : [])]),
      };
    if (isDict(raw.services)) {
      for (const [name, s] of Object.entries(raw.services)) {
        const image = isDict(s) ? s.image : undefined;
        if (typeof image === 'string')
          (job.services as { name: string; image: string; at: Located }[]).push({
            name,
            image,
            at: this.locate([...route, 'services', name, 'image']),
          });
      }
    }
    if (typeof raw.uses === 'string') {
      job.uses = raw.uses;
      job.usesAt = this.locate([...route, 'uses']);
      if (raw.secrets === 'inherit') job.secrets = 'inherit';
      else if (isDict(raw.secrets)) job.secrets = strings(raw.secrets);
      if (raw.secrets !== undefined) job.secretsAt = this.locate([...route, 'secrets'], 'key');
      this.out.actions.push({
        uses: raw.uses,
        with: strings(raw.with),
        env,
        file: this.path,
        line: job.usesAt.line,
        column: job.usesAt.column,
        job: id,
        idToken: job.idToken,
      });
    }
    const defaultsRun = isDict(raw.defaults) && isDict(raw.defaults.run) ? raw.defaults.run : {};
    const steps = Array.isArray(raw.steps) ? raw.steps : [];
    steps.forEach((s: unknown, i) => {
      if (isDict(s)) job.steps.push(this.step(job, s, [...route, 'steps', i], i, defaultsRun));
    });
    return job;
  }

  private step(job: Job, raw: Dict, route: Route, index: number, defaultsRun: Dict): Step {
    const workflow = this.out.workflow;
    const step: Step = {
      index,
      at: this.locate(route),
      with: strings(raw.with),
      withAt: {},
      env: { ...job.env, ...strings(raw.env) },
      expressions: [],
    };
    this.unsecureCommands(raw.env, route, job.id);
    this.wholeSecrets(raw.env, [...route, 'env'], 'env', job.id, step);
    // github-script's `script:` is read below as a script, each expression at its own line.
    const scripted = typeof raw.uses === 'string' && raw.uses.split('@')[0] === 'actions/github-script';
    this.wholeSecrets(raw.with, [...route, 'with'], 'with', job.id, step, scripted ? 'script' : undefined);
    if (typeof raw.id === 'string') step.id = raw.id;
    if (typeof raw.name === 'string') step.name = raw.name;
    if (typeof raw.if === 'string' || typeof raw.if === 'boolean') {
      step.if = String(raw.if);
      step.ifAt = this.locate([...route, 'if']);
    }
    const shell =
      typeof raw.shell === 'string' ? raw.shell : typeof defaultsRun.shell === 'string' ? defaultsRun.shell : undefined;
    if (shell !== undefined) step.shell = shell;
    const cwd =
      typeof raw['working-directory'] === 'string'
        ? raw['working-directory']
        : typeof defaultsRun['working-directory'] === 'string'
          ? defaultsRun['working-directory']
          : undefined;
    if (cwd !== undefined) step.workingDirectory = cwd;
    if (isDict(raw.with))
      for (const key of Object.keys(step.with))
        (step.withAt as Record<string, Located>)[key] = this.locate([...route, 'with', key]);
    if (typeof raw.uses === 'string') {
      step.uses = raw.uses;
      step.usesAt = this.locate([...route, 'uses']);
      const name = raw.uses.split('@')[0]!;
      if (raw.uses.startsWith('./')) step.localAction = trimTrailing(raw.uses.replace(/^\.\/+/, ''), '/');
      if (name === 'actions/checkout') {
        step.checkout = { persistCredentials: step.with['persist-credentials'] !== 'false', at: step.usesAt };
        if (step.with.ref !== undefined) step.checkout.ref = step.with.ref;
        if (step.with.repository !== undefined) step.checkout.repository = step.with.repository;
      }
      this.out.actions.push({
        uses: raw.uses,
        with: step.with,
        env: step.env,
        file: this.path,
        line: step.usesAt.line,
        column: step.usesAt.column,
        job: job.id,
        idToken: job.idToken,
      });
      if (validatesWrapper(raw.uses)) workflow.validatesWrapper = true;
      if (name === 'actions/github-script' && step.with.script !== undefined)
        step.expressions.push(...this.expressions(step.with.script, this.span([...route, 'with', 'script']), 'script'));
      for (const input of actionCommands(name, step.with)) {
        const at = this.span([...route, 'with', input.input]);
        this.script(input.script, at, job, step, cwd, input.synthetic === true);
      }
    }
    if (typeof raw.run === 'string') {
      step.run = raw.run;
      const span = this.span([...route, 'run']);
      step.runAt = { file: this.path, line: span.line, column: span.column };
      step.expressions.push(...this.expressions(raw.run, span, 'run'));
      this.script(raw.run, span, job, step, cwd, false);
      const writes = this.envWrites(raw.run, span);
      if (writes.length > 0) step.envWrites = writes;
    }
    for (const e of step.expressions)
      for (const found of wholeSecretsIn(e.text))
        (this.out.workflow.wholeSecrets ??= []).push({ ...found, where: e.input, at: e.at, job: job.id, step });
    return step;
  }

  /** Lines of a `run:` script that write `GITHUB_ENV`/`GITHUB_PATH`, each found forward in the file from the previous one. */
  private envWrites(script: string, at: Span): EnvFileWrite[] {
    const out: EnvFileWrite[] = [];
    const last = Math.max(at.line, at.endLine ?? at.line);
    let line = at.line;
    let lost = false;
    for (const w of envFileWrites(script)) {
      let found: Located | undefined;
      while (!lost && line <= last) {
        const hit = (this.lines[line - 1] ?? '').indexOf(w.text);
        if (hit >= 0) {
          found = { file: this.path, line, column: hit + 1 };
          line++;
          break;
        }
        line++;
      }
      if (!found) lost = true;
      out.push({
        target: w.target,
        value: w.value,
        text: w.text,
        at: found ?? { file: this.path, line: at.line, column: at.column },
      });
    }
    return out;
  }

  /** Records each value of the `env:`/`with:`/`secrets:` map at `route` that hands over the whole `secrets` context. */
  private wholeSecrets(map: unknown, route: Route, where: string, job?: string, step?: Step, skip?: string): void {
    if (!isDict(map)) return;
    for (const [key, value] of Object.entries(map)) {
      if (typeof value !== 'string' || key === skip) continue;
      for (const found of wholeSecretsIn(value))
        (this.out.workflow.wholeSecrets ??= []).push({
          ...found,
          where: `${where}.${key}`,
          at: this.locate([...route, key]),
          ...(job !== undefined ? { job } : {}),
          ...(step !== undefined ? { step } : {}),
        });
    }
  }

  /** Splits a script found in a YAML scalar at `at`; commands keep their file lines (a synthetic script, built from inputs, is reported at `at`). */
  private script(script: string, at: Span, job: Job, step: Step, cwd: string | undefined, synthetic: boolean): void {
    const header = (this.lines[at.line - 1] ?? '').slice(at.column - 1);
    const block = /^[|>]/.test(header);
    const context: ScriptContext = {
      file: this.path,
      firstLine: block ? at.line + 1 : at.line,
      firstColumn: block ? indentOf(this.lines[at.line] ?? '') + 1 : at.column,
      env: step.env,
      job: job.id,
      origin: 'github-actions',
      problems: this.out.problems,
      idToken: job.idToken,
      indented: block,
      ...(cwd !== undefined ? { cwd } : {}),
      // Windows runners default to pwsh.
      ...(step.shell !== undefined
        ? { shell: step.shell }
        : /windows/i.test(job.runsOn ?? '')
          ? { shell: 'pwsh' }
          : {}),
    };
    const commands = commandsFromScript(script, context);
    if (synthetic) for (const c of commands) Object.assign(c.command, { line: at.line, column: at.column });
    for (const c of withinScalar(commands, at, this.lines)) {
      c.step = step;
      c.jobModel = job;
      c.workflow = this.out.workflow;
      this.out.commands.push(c);
      if (!this.out.workflow.gradlew && /(?:^|[/\\])gradlew(?:\.bat)?$/.test(c.command.argv[0] ?? ''))
        this.out.workflow.gradlew = { line: c.command.line, column: c.command.column };
    }
  }

  /**
   * The `${{ … }}` expressions of a script scalar, each at its place in the file: found by reading
   * the scalar's lines forward from the previous one. The first that cannot be found that way (an
   * escaped or folded scalar) and every one after it are placed at the scalar's start. Linear: the
   * cursor only moves forward.
   */
  private expressions(script: string, at: Span, input: ScriptExpression['input']): ScriptExpression[] {
    const out: ScriptExpression[] = [];
    const last = Math.max(at.line, at.endLine ?? at.line);
    let line = at.line;
    let column = at.column - 1;
    let lost = false;
    // Expressions do not nest: the next one starts after this one's `}}`, so each character is read once.
    let start = script.indexOf('${{');
    while (start >= 0) {
      const end = script.indexOf('}}', start + 3);
      if (end < 0) break;
      const text = script.slice(start, end + 2);
      let found: Located | undefined;
      while (!lost && line <= last) {
        const hit = (this.lines[line - 1] ?? '').indexOf(text, column);
        if (hit >= 0) {
          found = { file: this.path, line, column: hit + 1 };
          column = hit + text.length;
          break;
        }
        line++;
        column = 0;
      }
      if (!found) lost = true;
      out.push({ text, input, at: found ?? { file: this.path, line: at.line, column: at.column } });
      start = script.indexOf('${{', end + 2);
    }
    return out;
  }

  /** Records `ACTIONS_ALLOW_UNSECURE_COMMANDS` in the `env:` at `route`, whatever its value (the check judges it). */
  private unsecureCommands(env: unknown, route: Route, job: string | undefined): void {
    if (!isDict(env) || env.ACTIONS_ALLOW_UNSECURE_COMMANDS === undefined) return;
    const found = {
      at: this.locate([...route, 'env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS']),
      value: scalarText(env.ACTIONS_ALLOW_UNSECURE_COMMANDS) ?? '(a map or a list)',
      ...(job !== undefined ? { job } : {}),
    };
    (this.out.workflow.unsecureCommands ??= []).push(found);
  }

  private locate(route: Route, part: 'value' | 'key' = 'value'): Located {
    const span = this.span(route, part);
    return { file: this.path, line: span.line, column: span.column };
  }

  private span(route: Route, part: 'value' | 'key' = 'value'): Span {
    return this.doc.locate([{ route, part }])[0]!;
  }
}
