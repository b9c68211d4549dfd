/** The npm plugin's model: manifests, lockfiles and client config, grouped by project. */
import type { Inventory, InventoryPackage, JsonDocument, ParseProblem } from '@inert/core';

/** A lifecycle script of a package.json. */
export interface ScriptHook {
  name: string;
  command: string;
}

export interface Manifest {
  path: string;
  dir: string;
  doc: JsonDocument;
  name: string | undefined;
  scripts: Readonly<Record<string, string>>;
  /** Names declared in dependencies, devDependencies and optionalDependencies. */
  dependencyCount: number;
  /** The first non-empty dependency field, where findings about dependencies point. */
  dependencyField: string | undefined;
  workspaces: readonly string[];
}

/** One entry of a package-lock. */
export interface LockEntry {
  /** Key in `packages` (v2/v3: `node_modules/a`) or the route in v1's nested `dependencies`. */
  route: readonly (string | number)[];
  name: string;
  version: string | undefined;
  resolved: string | undefined;
  integrity: string | undefined;
  hasInstallScript: boolean | null;
  link: boolean;
  bundled: boolean;
  dev: boolean;
  /** Workspace member directory (a `packages` key outside node_modules). */
  workspace: boolean;
}

export interface PackageLock {
  path: string;
  dir: string;
  doc: JsonDocument;
  lockfileVersion: number;
  entries: readonly LockEntry[];
  /** Directories (relative to the lock's dir) the lock lists as workspace members. */
  memberDirs: readonly string[];
}

/** A `key=value` line of an .npmrc. */
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

export interface NpmModel {
  projects: { dir: string; files: string[] }[];
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'hooks' | 'sources'>;
  manifests: Manifest[];
  locks: PackageLock[];
  npmrcs: Npmrc[];
  /** Every claimed lockfile path (any client), for lockfile-missing. */
  lockfilePaths: string[];
  /** Directories with a binding.gyp. */
  gypDirs: string[];
}

export type { InventoryPackage };
