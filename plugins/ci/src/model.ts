/** The CI model: shell commands and action steps found in CI files, with the verdicts of every rule. */
import type { ParseProblem, ActionStep, CommandVerdict, EcosystemId, PluginModel, ShellCommand } from '@inert/core';

/** A shell command, with the pipeline it belongs to (for `curl … | sh`). */
export interface CiCommand {
  command: ShellCommand;
  /** argv of every command in its pipeline, in order. */
  pipeline: readonly (readonly string[])[];
  /** Index of this command in the pipeline. */
  position: number;
  /** Inner scripts of `$(…)`, backticks and `<(…)` in the command. */
  substitutions: readonly string[];
  /** True when the program name itself is an expansion (`$PM install`): not determinable. */
  dynamic: boolean;
}

/** A workflow file and what matters about it as a whole. */
export interface CiWorkflow {
  path: string;
  /** Where a step runs the Gradle wrapper (first occurrence). */
  gradlew?: { line: number; column: number };
  /** A step validates the wrapper (wrapper-validation action, or setup-gradle v4+ which does by default). */
  validatesWrapper: boolean;
}

/** A rule's verdict on a command or an action step. */
export interface CiVerdict {
  ecosystem: EcosystemId;
  verdict: CommandVerdict;
  at: { file: string; line: number; column: number };
  text: string;
  job?: string;
  idToken?: boolean;
}

export interface CiModel extends PluginModel {
  problems: ParseProblem[];
  commands: CiCommand[];
  actions: ActionStep[];
  workflows: CiWorkflow[];
  verdicts: CiVerdict[];
}
