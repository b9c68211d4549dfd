/** The npm plugin's model: manifests, lockfiles of every client and client config, grouped by project. https://docs.npmjs.com/cli/configuring-npm/package-json */
import type {
  HookAnalysis,
  Inventory,
  JsonDocument,
  PackageRows,
  ParseProblem,
  Pointer,
  TomlDocument,
  YamlDocument,
} from '@inert/core';
import type { Client } from './client.js';
import type { Policy, Verdict } from './policy/types.js';

export type { Client } from './client.js';

/** A dependency as declared in a manifest (or a pnpm catalog). */
export interface DeclaredDependency {
  name: string;
  spec: string;
  /** `dependencies`, `devDependencies`, `catalog`, … */
  field: string;
  at: Pointer;
}

export interface Manifest {
  path: string;
  dir: string;
  doc: JsonDocument;
  /** The parsed object, for policy fields read by `policy/`. */
  json: Record<string, unknown>;
  name: string | undefined;
  scripts: Readonly<Record<string, string>>;
  /** Names declared in dependencies, devDependencies and optionalDependencies. */
  dependencyCount: number;
  /** The first non-empty dependency field, where findings about dependencies point. */
  dependencyField: string | undefined;
  dependencies: readonly DeclaredDependency[];
  workspaces: readonly string[];
}

/** One locked package, in any lock format. */
export interface LockEntry {
  name: string;
  version: string | undefined;
  resolved: string | undefined;
  integrity: string | undefined;
  /** True/false when the lock records it (package-lock v2+, pnpm v5/v6), null when it cannot tell. */
  hasInstallScript: boolean | null;
  link: boolean;
  bundled: boolean;
  dev: boolean;
  /** A workspace member (or the root) rather than a fetched package. */
  workspace: boolean;
  /** Source kind when the lock says it outright (berry and pnpm protocols); otherwise derived from `resolved`. */
  sourceKind?: 'registry' | 'git' | 'path' | 'url' | 'workspace';
  /** Hash algorithm when `integrity` is not an SRI string (berry `checksum` is sha512 hex). */
  algorithm?: string;
  /** Git source pinned to this commit, when the lock records it apart from `resolved` (pnpm, berry). */
  commit?: string;
  /** The name the project declares it under, when that differs (an `npm:` alias). */
  declaredName?: string | undefined;
  /** Only installed on some platforms (berry `conditions`, pnpm `os`/`cpu`). */
  conditional?: boolean | undefined;
  /** An optional dependency (package-lock `optional`, pnpm `optional`). */
  optional?: boolean | undefined;
  /** The entry's key in the lock (package-lock `node_modules/a/node_modules/b`), where edges resolve from. */
  key?: string;
  /**
   * The names of the binaries the package declares, when the lock records them (package-lock v2+ and
   * Yarn berry `bin`, bun.lock's `bin`); pnpm-lock only says `hasBin`, Yarn classic nothing.
   */
  bins?: readonly string[] | undefined;
  /** The dependencies the lock records for this entry: name and the lock's spec (a range, or pnpm's resolved version). */
  requires?: readonly { name: string; spec: string }[] | undefined;
  /** The names of `requires` alone, where a reader can list them without an object per dependency. */
  requiredNames?: () => readonly string[] | undefined;
  /** The entry (its key). */
  at: Pointer;
  /** The `resolved` (or resolution) field, when present. */
  resolvedAt?: Pointer | undefined;
  /** Where the install-script flag is recorded, when the lock records one. */
  scriptAt?: Pointer | undefined;
}

export interface Lockfile {
  client: Client;
  path: string;
  dir: string;
  /** The positioned document(s), to resolve entry pointers into lines for the inventory. */
  docs: readonly (JsonDocument | YamlDocument)[];
  /** As written: `3`, `9.0`, `v1`, `berry 8`. */
  lockfileVersion: string;
  entries: readonly LockEntry[];
  /** Directories (relative to the lock's dir) the lock lists as workspace members. */
  memberDirs: readonly string[];
  /**
   * Each entry's line by a reader that finds them in one pass without a pointer per entry (package-lock
   * v2/v3, docs/decisions/0020); undefined when it cannot, and `entries[i].at` is located instead.
   */
  entryLines?: () => (number | undefined)[] | undefined;
}

/** A `key=value` (or `key value`) line of an .npmrc or a classic .yarnrc. */
export interface NpmrcEntry {
  key: string;
  value: string;
  line: number;
  /** 1-based column where the value starts. */
  valueColumn: number;
}

export interface Npmrc {
  path: string;
  dir: string;
  entries: readonly NpmrcEntry[];
}

/** A YAML or TOML config file kept as its parsed value plus positions. */
export interface StructuredConfig<Doc> {
  path: string;
  dir: string;
  doc: Doc;
  value: Record<string, unknown>;
}

/** A `.pnpmfile.cjs`/`.mjs`: which hooks it exports, read with @babel/parser. */
export interface Pnpmfile {
  path: string;
  dir: string;
  hooks: readonly string[];
  readable: boolean;
}

/** A configured registry: the default one (`scope` undefined) or a scope's. */
export interface RegistrySetting {
  url: string;
  scope: string | undefined;
  file: string;
  dir: string;
  at: Pointer;
  line: number;
  /** The setting as written: `registry`, `@acme:registry`, `npmScopes.acme.npmRegistryServer`. */
  key: string;
}

/** A lifecycle hook of the scanned package itself (package mode), with what a static read says it does. */
export interface PackageHook {
  manifest: Manifest;
  hook: string;
  command: string;
  analysis: HookAnalysis;
  /** Files the hook runs that were read and analysed (package-relative). */
  filesRead: string[];
}

export interface NpmModel {
  /** The root is one published package (`inert scan x.tgz`, `--package`), not a project. */
  packageMode?: boolean;
  /** Package mode: the root manifest's install hooks, analysed. */
  packageHooks?: PackageHook[];
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'hooks' | 'sources' | 'executableManifests' | 'clients'>;
  manifests: Manifest[];
  locks: Lockfile[];
  npmrcs: Npmrc[];
  /** Classic `.yarnrc` files (same line shape as .npmrc). */
  yarnrcs: Npmrc[];
  yarnrcYmls: StructuredConfig<YamlDocument>[];
  pnpmWorkspaces: StructuredConfig<YamlDocument>[];
  bunfigs: StructuredConfig<TomlDocument>[];
  pnpmfiles: Pnpmfile[];
  registries: RegistrySetting[];
  /** Every claimed lockfile path (any client, bun.lockb included), for lockfile-missing. */
  lockfilePaths: string[];
  /** Directories with a binding.gyp. */
  gypDirs: string[];
  /** Per lockfile path: the install-script policy in force, computed once at load time. */
  policies: Map<string, Policy>;
  /**
   * The install-script verdict of each locked package that may have scripts (not a workspace member,
   * not recorded as script-free), computed once from its lock's policy: the inventory's
   * `scriptsVerdict` and the install-scripts check both read it.
   */
  scriptVerdicts: Map<LockEntry, Verdict>;
  /** Each lock's inventory packages, made when a report reads them (docs/decisions/0032). */
  packageRows: PackageRows[];
}
