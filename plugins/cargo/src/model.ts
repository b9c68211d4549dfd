/** The cargo plugin's model: manifests, lockfiles, cargo config, toolchain files and credentials. https://doc.rust-lang.org/cargo/reference/manifest.html */
import type { HookAnalysis, Inventory, ParseProblem, Route, TomlDocument } from '@inert/core';
import type { ProgramSetting } from './load/programs.js';

/** Where a dependency entry sits: a dependency table, `[workspace.dependencies]`, `[patch.*]` or `[replace]`. */
export type DependencySection = 'dependencies' | 'workspace' | 'patch' | 'replace';

/** A dependency declared in a Cargo.toml table (or a cargo config `[patch]`). */
export interface Dependency {
  /** The key in the table (a rename when `package = "…"` gives the real name). */
  key: string;
  /** The crate's real name. */
  name: string;
  section: DependencySection;
  version?: string;
  git?: string;
  branch?: string;
  tag?: string;
  rev?: string;
  path?: string;
  registry?: string;
  registryIndex?: string;
  /** Route of the dependency in its document. */
  route: Route;
}

export interface Manifest {
  path: string;
  dir: string;
  doc: TomlDocument;
  name?: string;
  links?: string;
  /** The build script: named by `build`, found as build.rs beside the manifest, or required by `links`. */
  buildScript?: { route: Route; file: string; declared: 'build' | 'build.rs' | 'links' };
  procMacro: boolean;
  hasBinaries: boolean;
  isWorkspace: boolean;
  /** `[workspace]` `members` (absent when not given) and `exclude`, as written, when this is a workspace root. */
  workspace?: { members?: string[]; exclude: string[] };
  /** `package.workspace`: the path to this crate's workspace root, when it names one. */
  workspacePointer?: string;
  dependencies: Dependency[];
}

export interface LockPackage {
  name: string;
  version: string;
  source?: string;
  /** The commit of a git source (the URL fragment). */
  commit?: string;
  checksum?: string;
  /** `dependencies` as written: `name`, `name version` or `name version (source)`. */
  dependencies?: string[];
  /** v1 locks: the `[metadata]` key that says `<none>`. */
  checksumRoute?: Route;
  /** `['package', index]`, or `['root']` for the v1 root table. */
  route: Route;
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
  /** The directory the config applies to: the parent of `.cargo`. */
  dir: string;
  doc: TomlDocument;
  /** `[patch.<source>]` entries of the config. */
  patches: Dependency[];
  /** Settings that name programs cargo runs. */
  programs: ProgramSetting[];
}

export interface Toolchain {
  path: string;
  doc?: TomlDocument;
  channel?: string;
  /** The legacy one-line file: the line the channel is on. */
  channelLine?: number;
  /** `[toolchain] path = "…"`. */
  customPath?: string;
}

export interface Credentials {
  path: string;
  doc: TomlDocument;
}

export interface CargoModel {
  /** The root is one published crate (`inert scan x.crate`, `--package`). */
  packageMode?: boolean;
  /** Package mode: the root crate's build script as read and analysed; `unread` when the package does not hold it as a readable file. */
  packageBuildScript?: { manifest: Manifest; file: string; analysis: HookAnalysis; unread?: boolean };
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources' | 'executableManifests' | 'clients'>;
  manifests: Manifest[];
  locks: Lockfile[];
  configs: CargoConfig[];
  toolchains: Toolchain[];
  credentials: Credentials[];
}
