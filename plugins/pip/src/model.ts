/** The pip plugin's model: requirements, configs, pyproject/Pipfile, locks and setup.py facts. https://packaging.python.org/en/latest/specifications/ */
import type { Inventory, JsonDocument, ParseProblem, Pointer, TomlDocument } from '@inert/core';

/** A 1-based place in a line-oriented file. */
export interface LinePos {
  line: number;
  column: number;
}

/** One requirement line (after joining continuations) of a requirements file. */
export interface Requirement extends LinePos {
  /** Project name as written; undefined for bare URLs and paths without `#egg=`. */
  name: string | undefined;
  /** Version specifier (`==1.0`, `>=2`), empty when none. */
  specifier: string;
  /** Pinned with `==` (no wildcard) or `===`. */
  pinned: boolean;
  /** Values of `--hash` options on the line. */
  hashes: string[];
  /** Direct URL (`name @ url`, `git+…`, `https://…`) or local path. */
  url: string | undefined;
  editable: boolean;
  markers: string | undefined;
  text: string;
}

/** A global option line: `--index-url`, `--extra-index-url`, `-f`, `--trusted-host`, `--require-hashes` … */
export interface RequirementOption extends LinePos {
  /** Long name without dashes: `index-url`, `extra-index-url`, `find-links`, `trusted-host`, `require-hashes`, `no-index`, `only-binary`, `no-binary`. */
  name: string;
  value: string;
}

/** A `-r`/`-c` line. */
export interface Include extends LinePos {
  kind: 'requirement' | 'constraint';
  target: string;
  /** Path relative to the scan root, when it stays inside the checkout. */
  resolved: string | undefined;
}

export interface RequirementsFile {
  path: string;
  dir: string;
  /** pip-compile inputs (`.in`) and constraints files are not installed directly. */
  role: 'install' | 'input' | 'constraints';
  requirements: Requirement[];
  options: RequirementOption[];
  includes: Include[];
}

/** One `key = value` of an INI file (pip.conf, .pypirc, setup.cfg); multi-line values keep every line. */
export interface IniEntry extends LinePos {
  section: string;
  key: string;
  /** First line's value, trimmed. */
  value: string;
  /** Continuation lines (configparser indentation), each with its line. */
  more: { value: string; line: number; column: number }[];
}

export interface IniFile {
  path: string;
  dir: string;
  entries: IniEntry[];
}

/** A named package source (index) from pyproject, Pipfile or uv.toml. */
export interface SourceDecl {
  tool: 'uv' | 'poetry' | 'pdm' | 'pipenv';
  name: string | undefined;
  url: string | undefined;
  /** uv `explicit`, poetry `priority`, pdm `type` … raw keys of the table. */
  fields: Readonly<Record<string, unknown>>;
  /** Route of the source's table (for pointing at one of its keys). */
  route: readonly (string | number)[];
  at: Pointer;
}

/** A declared dependency with where it is written. */
export interface DependencyDecl {
  name: string;
  /** PEP 508 string or a table's version. */
  spec: string;
  url: string | undefined;
  /** git ref fields when given as a table (`rev`, `tag`, `branch`, `ref`). */
  ref: string | undefined;
  /** Which table key gave `ref`: a `rev` can be a commit, a `tag` or `branch` moves. */
  refKind: 'rev' | 'tag' | 'branch' | undefined;
  git: boolean;
  /** `dependency` (declared), `build` (build-system.requires) or `source` (uv `[tool.uv.sources]` override). */
  origin: 'dependency' | 'build' | 'source';
  at: Pointer;
}

/** pyproject.toml, uv.toml or Pipfile: the TOML project files. */
export interface TomlProject {
  path: string;
  dir: string;
  kind: 'pyproject' | 'uv.toml' | 'Pipfile';
  doc: TomlDocument;
  buildSystem: { present: boolean; backend: string | undefined; backendPath: string[] };
  sources: SourceDecl[];
  dependencies: DependencyDecl[];
  /** uv pip-style keys and settings (`index-strategy`, `extra-index-url`, `find-links`, `index-url`), with the route to each. */
  uvSettings: { key: string; value: string; at: Pointer }[];
  /** Settings that change multi-source semantics: pdm `respect-source-order`, pipenv `install_search_all_sources`. */
  flags: Readonly<Record<string, unknown>>;
}

export interface LockFile {
  name: string;
  hash: string | undefined;
}

export interface LockEntry {
  name: string;
  version: string | undefined;
  route: readonly (string | number)[];
  /** `registry`, `git`, `url`, `path`, `directory`, `editable`, `virtual`. */
  source: 'registry' | 'git' | 'url' | 'path' | 'workspace';
  sourceUrl: string | undefined;
  /** Distribution files with their hashes; undefined when the lock does not list files (Pipfile.lock). */
  files: LockFile[] | undefined;
  /** Pipfile.lock: hashes without file names. */
  hashes: string[];
  dev: boolean;
  /** Dependencies the lock records (uv `dependencies`, poetry `[package.dependencies]`, pdm `dependencies`), by name; uv adds the version when a name is locked more than once. */
  requires?: { name: string; version?: string }[];
}

export interface Lock {
  path: string;
  dir: string;
  tool: 'poetry' | 'uv' | 'pdm' | 'pipenv';
  doc: TomlDocument | JsonDocument;
  entries: LockEntry[];
}

/** A call in setup.py that runs something at build time. */
export interface DangerousCall {
  line: number;
  column: number;
  call: string;
  category: 'process' | 'dynamicCode' | 'network';
  /** Only builds a version string from git (common, lower risk). */
  benign: boolean;
  where: 'module' | 'cmdclass' | 'function';
}

export interface SetupPy {
  path: string;
  dir: string;
  /** Line of the `setup(` call, when found. */
  setupLine: number | undefined;
  calls: DangerousCall[];
  /** Literal names from install_requires / setup_requires. */
  requires: { name: string; spec: string; url: string | undefined; line: number; column: number }[];
  readable: boolean;
}

export interface PipModel {
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources' | 'hooks' | 'executableManifests' | 'clients'>;
  requirements: RequirementsFile[];
  pipConfs: IniFile[];
  pypircs: IniFile[];
  setupCfgs: IniFile[];
  tomls: TomlProject[];
  locks: Lock[];
  setupPys: SetupPy[];
}
