/** Plugins: one per ecosystem; claim files by glob, parse them into a model, list their checks. */
import type { Check, CheckMeta } from './check.js';
import type { ClaimedFile, FileRule, ReadFile } from './files.js';
import type { Inventory, InventoryCommand } from './inventory.js';
import type { PackageRows } from './inventory-rows.js';
import type { HookVocabulary } from './hook-behaviour.js';
import type { OsvDescriptor } from './osv/descriptor.js';
import type { ArchiveFormat } from './source/archive-format.js';
import type { ParseProblem } from './parse/problem.js';
import type { QuestionId } from './questions.js';
import type { Limits } from './source/limits.js';

/** A plugin's id: its ecosystem, or the area it reads (a plugin that reads CI files applies the others' command rules). */
// Any lower-case id: a new ecosystem is a new plugin, not a core edit (the core names none).
export type EcosystemId = string;

/** The part of a plugin's model the core reads. */
export interface PluginModel {
  /** Files (or facts) that could not be read: become `core/unparsed-file` / `core/opaque-manifest`. */
  problems: readonly ParseProblem[];
  inventory: Partial<Inventory>;
  /**
   * More inventory packages, listed after `inventory.packages`, made one at a time when a report reads
   * them: a lock's tens of thousands of entries need no object each until then (docs/decisions/0032).
   */
  packageRows?: readonly PackageRows[];
}

/** A fact about how the ecosystem's client or registry behaves by design, with its source. */
export interface DesignFact {
  /** One or two sentences, present tense. */
  fact: string;
  /** A URL to the client's or registry's own documentation (or source) that shows it. */
  source: string;
  /**
   * The client or registry versions it applies to, for a reader: `tool >= 12`, `every tool version`,
   * `registry.example, as of 2026-11`. Every fact says this (a test checks it).
   */
  versions?: string;
  /**
   * The same, for a machine, when the fact is about one client (all its versions when neither bound
   * is given, or some): reports compare it with the checkout's `inventory.clients` to say whether it
   * applies. Absent when the fact holds for every client of the ecosystem or is about the registry.
   */
  applies?: FactApplies;
  /** Set when the fact could not be confirmed from a primary source; say what is unconfirmed. */
  unverified?: string;
}

/** Versions of one client a fact holds for: `since` inclusive, `until` exclusive, dotted numbers; neither = every version. */
export interface FactApplies {
  client: string;
  since?: string;
  until?: string;
}

/** Per question, what the ecosystem does by design; the Markdown report joins it with findings. */
export type EcosystemProfile = Partial<Record<QuestionId, readonly DesignFact[]>>;

/** A shell command found in a build or release file (or a script it runs), split into words. */
export interface ShellCommand {
  argv: readonly string[];
  /** Environment visible to the command (every level of `env:` the file sets, plus assignments before the command). */
  env: Readonly<Record<string, string>>;
  /** The command as written, for evidence. */
  text: string;
  file: string;
  line: number;
  column: number;
  job?: string;
  /** Working directory relative to the root, when the file sets one (or an earlier `cd` in the same script). */
  cwd?: string;
  /** The kind of file the command was found in, as the reading plugin names it. */
  origin?: string;
  /**
   * Ecosystems whose project install (from its lockfile: a strict or lax install verdict) an earlier
   * command of the same job (or file, outside jobs) ran: a package runner then finds the locked
   * package installed.
   */
  installedBefore?: readonly EcosystemId[];
  /** True when the job can mint an OIDC token: trusted publishing is possible. */
  idToken?: boolean;
}

/** A step that runs a packaged action (`owner/repo[/path]@ref`), for rules that know an ecosystem's publish or setup actions. */
export interface ActionStep {
  /** `owner/repo[/path]@ref` as written. */
  uses: string;
  with: Readonly<Record<string, string>>;
  env: Readonly<Record<string, string>>;
  file: string;
  line: number;
  column: number;
  job?: string;
  idToken?: boolean;
}

/** What a command does for the supply chain. */
export interface CommandVerdict {
  action: InventoryCommand['action'];
  classification: InventoryCommand['classification'];
  /** Why, in a few words: `<tool> install may rewrite the lockfile`. */
  reason: string;
  auth?: InventoryCommand['auth'];
  /**
   * Where a publish's credential comes from, when the rule knows: a variable of the command's (or the
   * step's) environment, an input of the action, or an earlier login to the registry in the same job.
   * The plugin that reads the workflow resolves it: a value that is the job's own short-lived token is
   * `auth: job-token`, not a stored secret.
   */
  credential?: { from: 'env' | 'input'; name: string } | { from: 'login'; registry: string };
  /**
   * False when the publishing client cannot exchange the job's OIDC token for a registry token (it has
   * no trusted publishing): a job's `id-token: write` then offers it no way off a stored token.
   */
  oidcExchange?: boolean;
  provenance?: boolean;
  /**
   * The rule recognised the command but the checkout's files cannot decide its classification (which
   * client version runs it): `classification` is `unknown` and `reason` says what is missing. Reported
   * as such, never taken for strict.
   */
  undeterminable?: boolean;
  /**
   * The project turns its lockfile off in the client's config: the install neither reads nor writes a
   * lock, so it is lax because every run resolves versions afresh, not because it may rewrite one.
   * `reason` names the setting; the plugin's lockfile check reports the setting itself.
   */
  lockDisabled?: boolean;
  /**
   * A package runner runs a dependency the project declares but no lock pins: the
   * install earlier in the job resolved the declared range at run time. `reason` names the manifest
   * and the range; the install itself is reported on its own line.
   */
  unlocked?: boolean;
  /**
   * The files the command rewrites in the directory it runs in (a manifest and its lockfile).
   * The plugin that reads the workflow may find a later step that fails the job when they changed
   * (`git diff --exit-code`): the pair is then a check that the files are as committed, not a rewrite.
   */
  rewrites?: readonly string[];
}

/**
 * What the plugin that owns a command rule read about the project a command runs in (which client
 * version a directory uses, what its config turns on), prepared from that plugin's model. Opaque to the core
 * and to the plugin that reads the commands; only the owning plugin's rules interpret it.
 */
export type CommandContext = Readonly<Record<string, unknown>>;

/**
 * A publish route a rule recognises, as reference metadata: docs/ci/publish-routes.md is generated
 * from it, and a test runs every form through the rule (a `publish` verdict) and every
 * `notPublishing` form (none), so the table cannot claim what the rule does not do.
 */
export interface PublishRoute {
  /** Where the package goes, as people name the registry. */
  registry: string;
  /** The client, release tool or action that publishes. */
  client: string;
  /** Forms read as a publish: a command line as written, or an action step with its inputs. */
  forms: readonly PublishForm[];
  /** Forms read as not publishing (a dry run, a command that only versions). */
  notPublishing?: readonly PublishForm[];
  /** Credentials read (variables, inputs, flags), each with the auth it gives. */
  credentials: readonly string[];
  /** How trusted publishing (OIDC) is recognised; absent when the registry has none. */
  oidc?: string;
  /** How provenance is judged; absent when the rule does not judge it. */
  provenance?: string;
  /** Each fact above with the client's or registry's own documentation (or source), and the versions it holds for. */
  sources: readonly { url: string; holds: string }[];
}

/** A command line (split on spaces into argv) or an action step with its inputs. */
export type PublishForm = string | { uses: string; with?: Readonly<Record<string, string>> };

/** A plugin's classifier for shell commands (a strict install from the lockfile, a lax one that may rewrite it, …). */
export interface CommandRule {
  /** The ecosystem whose client the rule knows; findings from it name this ecosystem. */
  ecosystem?: EcosystemId;
  /** Program names it looks at (the client and its runners): matched against argv[0]'s basename. */
  programs: readonly string[];
  /**
   * `context` is what the owning plugin's `commandContext` said about the directory the command runs
   * in, or undefined when its files say nothing there (or the plugin did not run): a rule whose verdict
   * depends on it must then say the verdict is undeterminable, never guess the strict one.
   */
  classify(command: ShellCommand, context?: CommandContext): CommandVerdict | undefined;
  /** Action names (`owner/publish-action`) this rule classifies, without `@ref`. */
  actions?: readonly string[];
  classifyAction?(step: ActionStep): CommandVerdict | undefined;
  /** The publish routes it recognises (reference metadata, see PublishRoute). */
  publishes?: readonly PublishRoute[];
}

/**
 * A command rule as a scan hands it to the plugins that read commands: tagged with its plugin's
 * ecosystem, and able to look up the owning plugin's context for a directory.
 */
export interface ScanCommandRule extends CommandRule {
  ecosystem: EcosystemId;
  /**
   * The owning plugin's context for the project directory (relative to the root, `''` for the root)
   * a command runs in; undefined when that plugin prepared none for it.
   */
  contextFor(dir: string): CommandContext | undefined;
}

/** What a plugin's `load` may need beyond the files: the scan's limits (e.g. the time for one parse). */
export interface LoadContext {
  limits: Readonly<Limits>;
  /** The root is one published package (see ScanConfig.package): judge its own hooks as a dependency's. */
  package?: boolean;
  /** Whether the walk found a regular file at `path` (to read a file a hook names only when it is there). */
  isFile?: (path: string) => boolean;
  /**
   * Every scanned plugin's command rules, each tagged with its plugin's ecosystem: a plugin that reads
   * build and release files applies them to the commands it finds (docs/decisions/0007). A function:
   * the tables are loaded at its first call (plugins that give `loadCommands`), so a scan whose
   * plugins read no commands never loads them (docs/decisions/0029). It rejects when a table cannot
   * be loaded: the caller's files are then unread.
   */
  commands?: () => Promise<readonly ScanCommandRule[]>;
  /**
   * Every scanned plugin's hook vocabulary merged (`mergeHookVocabularies`): what a plugin hands the
   * core's hook reader (`analyseHookCommand`, `analyseHookSource`) so that a hook reading any
   * ecosystem's credentials is recognised. Absent: the plugin's own vocabulary.
   */
  hooks?: HookVocabulary;
}

/** An ecosystem plugin. */
export interface Plugin<Model extends PluginModel = PluginModel> {
  ecosystem: EcosystemId;
  /** The clients it covers, for people: `tool, its alternatives and …`. */
  title: string;
  /** Client documentation. */
  url: string;
  files: readonly FileRule[];
  /** Groups claimed files into projects and parses them. Never throws for bad input. */
  load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Model | Promise<Model>;
  /**
   * The explicit list of checks; order = docs order. A plugin gives either `checks` or `rules` with
   * `loadChecks` (loaded when it claims a file: docs/decisions/0029); read them with `checksOf`
   * (the checks, async) or `rulesOf` (their metadata).
   */
  checks?: readonly Check<Model, string>[];
  /** The metadata of each of its checks, as data, in `checks` order: what reports, docs and config validation read. */
  rules?: readonly CheckMeta[];
  /** Loads the checks `rules` describes (same ids, same order); called when the plugin claimed a file. */
  loadChecks?: () => Promise<readonly Check<Model, string>[]>;
  profile: EcosystemProfile;
  /**
   * Clients of which a project uses one: a design fact about one of them does not concern a checkout
   * whose files select another. Clients not listed (one that runs beneath another) are never taken
   * for alternatives.
   */
  alternativeClients?: readonly string[];
  commands?: readonly CommandRule[];
  /**
   * Loads its command rules (instead of `commands`) when a plugin that reads commands first asks for
   * them (`LoadContext.commands`); read them with `commandsOf`.
   */
  loadCommands?: () => Promise<readonly CommandRule[]>;
  /**
   * What this plugin's command rules need to know about the directory a command runs in, read from
   * its model (e.g. which client version a project pins, which decides whether a bare install on CI is
   * strict). The returned function gets a directory relative to the root (`''` is the root) and
   * resolves it the way the client would (nearest project at or above it). The scan loads plugins
   * that have it before the others, so the commands of every file are judged with it.
   */
  commandContext?: (model: Model) => (dir: string) => CommandContext | undefined;
  /** The prose threat-model pages for this ecosystem's clients and registries, which reports link to. */
  threatModelPages?: ThreatModelPages;
  /**
   * How OSV names and orders this ecosystem's packages: with it, `--osv` matches the locked versions
   * the plugin inventories and its `known-malicious-version` / `known-vulnerable-version` checks exist.
   */
  osv?: OsvDescriptor;
  /**
   * The package-archive formats its clients install (`.tgz`, a wheel …): how each is recognised and
   * which entries the client would write, where. `TarSource`/`ZipSource` read an archive with them.
   */
  archives?: readonly ArchiveFormat[];
  /** Its credential files, token variables and benign build commands, for the core's hook reader. */
  hooks?: HookVocabulary;
}

/**
 * Paths relative to inert's repository root (`docs/threat-model/clients/<client>.md`). `clients` is keyed
 * by the client names of `inventory.clients` and `DesignFact.applies` (two clients may share a page).
 */
export interface ThreatModelPages {
  clients: Readonly<Record<string, string>>;
  registries: readonly { name: string; page: string }[];
}

/** Types a plugin for its model: `definePlugin<NpmModel>({ … })`. */
export function definePlugin<Model extends PluginModel>(plugin: Plugin<Model>): Plugin<Model> {
  return plugin;
}

/** A plugin with its model type erased, as the core and the CLI hold it. */
// The model type is opaque to the core: it only passes a plugin's model back to its own checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPlugin = Plugin<any>;
