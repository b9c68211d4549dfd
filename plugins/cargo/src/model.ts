/** The cargo plugin's model: manifests, lockfiles, cargo config, toolchain files and credentials. */
import type { Inventory, ParseProblem, TomlDocument } from '@inert/core';

/** A dependency declared in a Cargo.toml table. */
export interface Dependency {
  /** The key in the table (may be a rename: `package = "…"` gives the real name). */
  key: string;
  name: string;
  version?: string;
  git?: string;
  branch?: string;
  tag?: string;
  rev?: string;
  path?: string;
  registry?: string;
  /** Route of the dependency in the document. */
  route: readonly (string | number)[];
}

export interface Manifest {
  path: string;
  dir: string;
  doc: TomlDocument;
  name?: string;
  /** `build = "…"` or a build.rs beside it (unless `build = false`). */
  buildScript?: { route: readonly (string | number)[]; file: string };
  procMacro: boolean;
  hasBinaries: boolean;
  isWorkspace: boolean;
  dependencies: Dependency[];
}

export interface LockPackage {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  index: number;
}

export interface Lockfile {
  path: string;
  dir: string;
  doc: TomlDocument;
  version: number;
  packages: LockPackage[];
}

export interface CargoConfig {
  path: string;
  dir: string;
  doc: TomlDocument;
}

export interface Toolchain {
  path: string;
  doc?: TomlDocument;
  /** `[toolchain] path = "…"`. */
  customPath?: string;
}

export interface Credentials {
  path: string;
  doc: TomlDocument;
  /** Routes of `token` keys with a literal value. */
  tokens: (readonly (string | number)[])[];
}

export interface CargoModel {
  projects: { dir: string; files: string[] }[];
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources'>;
  manifests: Manifest[];
  locks: Lockfile[];
  configs: CargoConfig[];
  toolchains: Toolchain[];
  credentials: Credentials[];
}
