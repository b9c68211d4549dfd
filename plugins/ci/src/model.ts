/** The CI model: workflows (triggers, jobs, steps), shell commands and action steps, with every rule's verdict. */
import type { MavenServer } from './maven-settings.js';
import type { ActionStep, CommandVerdict, EcosystemId, ParseProblem, PluginModel, ShellCommand } from '@inert/core';

export interface Located {
  file: string;
  line: number;
  column: number;
}

/** `permissions:` as written: absent (the repository default), `read-all`/`write-all`, or per scope. */
export type Permissions =
  | { kind: 'default' }
  | { kind: 'all'; level: 'read' | 'write' | 'none' }
  | { kind: 'scoped'; scopes: Readonly<Record<string, string>> };

/** What `actions/checkout` fetches, when the step is one. */
export interface Checkout {
  /** `with.ref` as written (`${{ github.event.pull_request.head.sha }}`), absent = the triggering ref. */
  ref?: string;
  repository?: string;
  /** `persist-credentials` (true unless set to false): the token stays in .git/config. */
  persistCredentials: boolean;
  at: Located;
}

/** A `${{ … }}` expression inside a script the runner executes (`run:`, github-script's `script:`), where it sits in the file. */
export interface ScriptExpression {
  /** The whole expression, `${{ github.event.issue.title }}`. */
  text: string;
  input: 'run' | 'script';
  at: Located;
}

/**
 * A line that writes the `GITHUB_ENV` or `GITHUB_PATH` file for a step: in its `run:` script
 * (`echo "X=…" >> "$GITHUB_ENV"`), in a `run:` step of the local composite action it uses, in a script
 * it runs by path, or a github-script `core.exportVariable`/`core.addPath` call.
 */
export interface EnvFileWrite {
  target: 'GITHUB_ENV' | 'GITHUB_PATH';
  /** The text that produces what is written: the command, a `{ … }` group's body, a heredoc's body, or a call's arguments. */
  value: string;
  /** The writing line as written, for evidence. */
  text: string;
  at: Located;
  /** Where the write is when it is not in the step's own `run:` (`the local action \`./.github/actions/x\``, `the script \`ci/env.sh\``). */
  via?: string;
  /** The environment the write sees when it is not the step's (a composite action's step adds its own `env:`). */
  env?: Readonly<Record<string, string>>;
  /** `js`: a github-script call, whose arguments are JavaScript, not shell. */
  language?: 'js';
}

/** `${{ secrets }}` or `toJSON(secrets)` (`whole`), or `secrets[<expression>]` (`dynamic`): the runner gets every secret. */
export interface WholeSecrets {
  kind: 'whole' | 'dynamic';
  /** The expression, `${{ toJSON(secrets) }}`. */
  text: string;
  /** Where it is handed over: `env`, `with`, `run`, `script`, `secrets` (of a reusable-workflow call). */
  where: string;
  at: Located;
  job?: string;
  step?: Step;
}

/**
 * A container image a file outside GitHub workflows names: a Dockerfile `FROM` (not `scratch`, not an
 * earlier stage), `COPY --from=` or `RUN --mount=…,from=` that is not a stage, a GitLab CI `image:` or
 * `services:` entry.
 */
export interface BaseImage {
  /** The image as written, with build arguments declared before the first `FROM` substituted. */
  image: string;
  /** True when a `$VAR` could not be substituted: the image is decided at build time. */
  dynamic: boolean;
  at: Located;
  /** What names it, for messages: `the Dockerfile’s \`FROM\``, `the \`image:\` of GitLab job test` (absent: a `FROM`). */
  role?: string;
}

/** A script line that trusts a bot by the event's last actor (`[ "$GITHUB_ACTOR" = "dependabot[bot]" ]`, `context.actor === 'renovate[bot]'`). */
export interface BotTest {
  /** The line as written. */
  text: string;
  /** The actor reference (`$GITHUB_ACTOR`, `context.actor`, `${{ github.actor }}`). */
  context: string;
  at: Located;
  /** Where the line is when it is not in the step's own script (`the script \`ci/automerge.sh\``). */
  via?: string;
}

export interface Step {
  index: number;
  at: Located;
  id?: string;
  name?: string;
  if?: string;
  /** Where the `if:` value is written. */
  ifAt?: Located;
  uses?: string;
  usesAt?: Located;
  with: Readonly<Record<string, string>>;
  withAt: Readonly<Record<string, Located>>;
  /** Workflow, job and step `env:` merged. */
  env: Readonly<Record<string, string>>;
  run?: string;
  runAt?: Located;
  shell?: string;
  workingDirectory?: string;
  checkout?: Checkout;
  /** `uses: ./path`: the action's directory relative to the root. */
  localAction?: string;
  /** Expressions GitHub substitutes into the script text before it runs. */
  expressions: ScriptExpression[];
  /** Writes to `GITHUB_ENV`/`GITHUB_PATH` the step makes (its `run:`, its local action, its scripts, github-script calls). */
  envWrites?: EnvFileWrite[];
  /** Tests of the last actor against a bot in the step's scripts (its `run:`, github-script, its local action, its scripts). */
  botTests?: BotTest[];
}

/** Matrix axes with their literal values; `undefined` for an axis computed at run time (`fromJSON`). */
export type MatrixAxes = Readonly<Record<string, readonly string[] | undefined>>;

export interface Job {
  id: string;
  at: Located;
  if?: string;
  ifAt?: Located;
  needs: readonly string[];
  /** Effective permissions (the job's, else the workflow's). */
  permissions: Permissions;
  /** Where the job writes its own `permissions:`, when it does. */
  permissionsAt?: Located;
  environment?: string;
  runsOn?: string;
  matrix: MatrixAxes;
  container?: { image: string; at: Located };
  services: readonly { name: string; image: string; at: Located }[];
  /** A reusable-workflow call: `uses:` at job level, with its `secrets:`. */
  uses?: string;
  usesAt?: Located;
  secrets?: 'inherit' | Readonly<Record<string, string>>;
  secretsAt?: Located;
  steps: Step[];
  /** The job can mint an OIDC token (`id-token: write`). */
  idToken: boolean;
  /**
   * `cache-mode:` as written (the job's, else the workflow's): `read`, `write`, `write-only`, `none` or
   * an expression. Absent: GitHub's default for the trigger.
   */
  cacheMode?: string;
  env: Readonly<Record<string, string>>;
}

/** A workflow file (or a composite action, whose steps form one job `(composite)`). */
export interface CiWorkflow {
  path: string;
  /** Event names under `on:`. */
  triggers: readonly string[];
  triggersAt?: Located;
  /** Where `permissions:` is written at workflow level, when it is. */
  permissionsAt?: Located;
  /** Every place the whole `secrets` context (or a computed index into it) is handed over. */
  wholeSecrets?: WholeSecrets[];
  /** `ACTIONS_ALLOW_UNSECURE_COMMANDS` set in an `env:` (workflow, job or step), with its value as written. */
  unsecureCommands?: { at: Located; value: string; job?: string }[];
  /** Triggers that usually start a release (`release`, a `push` of tags, a `push` to a release branch), described for messages. */
  releaseTriggers?: readonly string[];
  permissions: Permissions;
  /** The workflow-level `cache-mode:`, as written. */
  cacheMode?: string;
  jobs: Job[];
  composite: boolean;
  /** Where a step runs the Gradle wrapper (first occurrence). */
  gradlew?: { line: number; column: number };
  /** A step validates the wrapper (wrapper-validation action, or setup-gradle v4+ which does by default), here or in a local action it uses. */
  validatesWrapper: boolean;
}

/** A shell command, with the pipeline it belongs to (for `curl … | sh`). */
export interface CiCommand {
  command: ShellCommand;
  /** argv of every command in its pipeline, in order (shared by the pipeline's commands). */
  pipeline: readonly (readonly string[])[];
  /** Index of this command in the pipeline. */
  position: number;
  /** Inner scripts of `$(…)`, backticks and `<(…)` in the command. */
  substitutions: readonly string[];
  /** True when the program name itself is an expansion (`$PM install`): not determinable. */
  dynamic: boolean;
  /** The command fails the job when these files changed in the working tree (`git diff --exit-code`): verify-steps.ts. */
  checksTree?: TreeCheck;
  /** The workflow step it runs in, when it comes from one (directly, through a local action or a script it calls). */
  step?: Step;
  jobModel?: Job;
  workflow?: CiWorkflow;
}

/** What a verify step compares (verify-steps.ts): root-relative paths, or the whole working tree (`all`). */
export type TreeCheck = { paths: 'all' } | { paths: readonly string[] };

/** A rule's verdict on a command or an action step. */
export interface CiVerdict {
  ecosystem: EcosystemId;
  verdict: CommandVerdict;
  at: Located;
  text: string;
  job?: string;
  idToken?: boolean;
  /** Matrix values the verdict holds for (`matrix.pm = npm, yarn`), when the command uses an axis. */
  axes?: string;
}

export interface CiModel extends PluginModel {
  problems: ParseProblem[];
  commands: CiCommand[];
  actions: ActionStep[];
  workflows: CiWorkflow[];
  verdicts: CiVerdict[];
  /** Images named by Dockerfiles (`FROM`, `COPY --from`, `RUN --mount from=`) and GitLab CI (`image:`, `services:`). */
  baseImages?: BaseImage[];
  /** Maven settings files a `mvn` command names (`-s`, `.mvn/maven.config`), by the command's place: read at load, judged with the verdicts. */
  mavenSettings?: Map<string, MavenSettingsRead>;
  /** Per `mvn` command (placeKey), the settings.xml server ids its deploy uses, from pom.xml (maven-pom-target.ts). */
  mavenTargets?: Map<string, DeployTarget>;
  /** The JReleaser configuration file each JReleaser deploy reads, by place (jreleaser-config.ts). */
  jreleaserConfigs?: Map<string, JreleaserConfigRead>;
}

/** The settings.xml server ids a `mvn deploy` uses, from pom.xml (maven-pom-target.ts), or why the checkout does not settle them. */
export type DeployTarget =
  /** `alternatives`: the deploy uses one of `ids` (not settled which); else it uses every one (a reactor's modules). */
  { kind: 'ids'; ids: readonly string[]; where: string; alternatives?: boolean } | { kind: 'unknown'; why: string };

/** The settings file a `mvn` command reads, as far as the checkout shows it. */
export type MavenSettingsRead =
  | { kind: 'file'; path: string; servers: readonly MavenServer[] }
  /** Named but not readable here: a variable, a path outside the checkout, absent, or invalid XML. */
  | { kind: 'unknown'; path: string; why: string };

/** A JReleaser deployer a configuration file (or pom.xml's `<jreleaser>`) configures, and the line of the password it writes, if any. */
export interface ConfigDeployer {
  type: string;
  name: string;
  active?: string;
  password?: number;
  /** pom.xml only: the password is `${env.X}` (Maven interpolates the environment variable X). */
  env?: string;
  /** pom.xml only: the password is another `${…}`, a property a static read does not settle. */
  computed?: string;
}

/** The JReleaser configuration a deploy reads (jreleaser-config.ts), or why the checkout does not settle it. */
export type JreleaserConfigRead =
  | { kind: 'file'; path: string; deployers: ConfigDeployer[] }
  | { kind: 'unknown'; why: string };
