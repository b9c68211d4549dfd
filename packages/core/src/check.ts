/** Checks: one hazard each, metadata as data beside one pure function of the plugin's model. */
import { clipValue, MAX_OUTPUT_STRING } from './clip.js';
import type { PackageRef } from './finding.js';
import type { FileKind } from './files.js';
import type { Pointer } from './pointer.js';
import type { QuestionId } from './questions.js';
import type { Confidence, Severity } from './severity.js';

/** Metadata of a check; docs, SARIF rules and the catalogue are generated from it. */
export interface CheckMeta<MessageId extends string = string> {
  /** Kebab-case hazard name, equal to the file name; qualified as `<ecosystem>/<id>`. */
  id: string;
  question: QuestionId;
  /** One line, sentence case, no final period. */
  title: string;
  /** What it reads and why it matters. */
  description: string;
  /** Default severity; a report call may override it per finding (then `severityRule` must say when). */
  severity: Severity;
  /**
   * When the check reports more than one severity: each severity it can report and the evidence that
   * decides it, most severe first. The docs page prints it; a test checks that every severity the
   * corpus produces is listed here and that a corpus case covers each branch.
   */
  severityRule?: readonly SeverityBranch[];
  confidence: Confidence;
  /** messageId → template with `{name}` placeholders. */
  messages: Record<MessageId, string>;
  /** Imperative: what to change. */
  remediation: string;
  /** What the check cannot see. */
  limitations: string;
  /** File kinds it reads: drives coverage (answers) and docs. */
  reads: readonly FileKind[];
  /** Corpus case names (under `corpus/<ecosystem>/`) shown as examples in the docs. */
  examples: { bad: readonly [string, ...string[]]; good: readonly [string, ...string[]] };
  /** Version that introduced the check; `next` until a release stamps it. */
  since: string;
  /** `draft`: written by the new-check generator (scripts/new-check.mjs) and not yet implemented (its bad example's finding is still a `todo`). */
  lifecycle?: 'draft' | 'experimental' | 'stable' | 'deprecated';
}

/** One branch of a check's severity rule: the severity and the evidence that leads to it. */
export interface SeverityBranch {
  severity: Severity;
  /** Sentence fragment, lower case, no final period: `a policy line blocks the package`. */
  when: string;
}

/** The severities a check can report: its rule's, or its one default severity. */
export function severitiesOf(meta: Pick<CheckMeta, 'severity' | 'severityRule'>): Severity[] {
  return meta.severityRule ? meta.severityRule.map((b) => b.severity) : [meta.severity];
}

/** One reported hit, before the core resolves its location. */
export interface Hit<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  at: Pointer;
  package?: PackageRef;
  evidence?: string;
  severity?: Severity;
  confidence?: Confidence;
  related?: readonly Pointer[];
  /**
   * The ecosystem the finding is about, when it is not the reporting plugin's own (the CI reader
   * reports `ci/lax-install` for the ecosystem whose command rule matched).
   */
  ecosystem?: string;
  /** Distinguishes two findings of one check in one file that share no package (e.g. a config key). */
  key?: string;
  /**
   * The registry or mirror host the finding is about, set only where the finding is a concern just
   * because the host is unknown: a host the config allows (`allow.hosts`) makes it an accepted finding.
   */
  host?: string;
}

/** The function a check calls for each hazard it finds. */
export type Report<MessageId extends string = string> = (hit: Hit<MessageId>) => void;

/** A check: metadata and a synchronous, pure `run` over the plugin's model. */
export interface Check<Model, MessageId extends string = string> extends CheckMeta<MessageId> {
  run(model: Model, report: Report<MessageId>): void;
}

/**
 * Types a check for a model, inferring its message ids from `messages`:
 * `defineCheck<NpmModel>()({ … })`.
 */
export function defineCheck<Model>() {
  return <MessageId extends string>(check: Check<Model, MessageId>): Check<Model, MessageId> => check;
}

/** Longest value put into a message whole: the output limit of `clip.ts` (a 20 MB requirement name is clipped). */
export const MAX_MESSAGE_VALUE = MAX_OUTPUT_STRING;

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. A value longer
 * than MAX_MESSAGE_VALUE keeps its start and says how long it was, so one hostile line cannot make
 * every report format megabytes long.
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? clipValue(String(data[name])) : whole,
  );
}

export { clipValue };
