/**
 * What the GitHub Actions readers share while reading one file: the parsed document, its lines, the
 * output being filled, and the places (`locate`/`span`) of values by route. Also the two records made
 * at every level (workflow, job, step): `ACTIONS_ALLOW_UNSECURE_COMMANDS` and the whole `secrets`
 * context handed over.
 */
import {
  isRecord,
  scalarText,
  splitLines,
  type ActionStep,
  type ParseProblem,
  type Route,
  type Span,
  type YamlDocument,
} from '@inert/core';
import type { CiCommand, CiWorkflow, Located, Step } from './model.js';
import { wholeSecretsIn } from './secrets-context.js';

export interface WorkflowRead {
  commands: CiCommand[];
  actions: ActionStep[];
  workflow: CiWorkflow;
  /** Parts of the file not read (a script over the commands budget): `limit` problems. */
  problems: ParseProblem[];
}

export class WorkflowSource {
  readonly lines: readonly string[];

  constructor(
    private readonly doc: YamlDocument,
    text: string,
    readonly path: string,
    readonly out: WorkflowRead,
  ) {
    this.lines = splitLines(text);
  }

  locate(route: Route, part: 'value' | 'key' = 'value'): Located {
    const span = this.span(route, part);
    return { file: this.path, line: span.line, column: span.column };
  }

  span(route: Route, part: 'value' | 'key' = 'value'): Span {
    return this.doc.locate([{ route, part }])[0]!;
  }

  /** Records each value of the `env:`/`with:`/`secrets:` map at `route` that hands over the whole `secrets` context. */
  wholeSecrets(map: unknown, route: Route, where: string, job?: string, step?: Step, skip?: string): void {
    if (!isRecord(map)) return;
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

  /** Records `ACTIONS_ALLOW_UNSECURE_COMMANDS` in the `env:` at `route`, whatever its value (the check judges it). */
  unsecureCommands(env: unknown, route: Route, job: string | undefined): void {
    if (!isRecord(env) || env.ACTIONS_ALLOW_UNSECURE_COMMANDS === undefined) return;
    const found = {
      at: this.locate([...route, 'env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS']),
      value: scalarText(env.ACTIONS_ALLOW_UNSECURE_COMMANDS) ?? '(a map or a list)',
      ...(job !== undefined ? { job } : {}),
    };
    (this.out.workflow.unsecureCommands ??= []).push(found);
  }
}
