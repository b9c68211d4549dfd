/** The gradle plugin's model: script facts (read as syntax trees), wrapper, properties, verification metadata, catalogs and lockfiles. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import type { Inventory, ParseProblem } from '@inert/core';

export interface At {
  file: string;
  line: number;
  column: number;
}

export interface Repo {
  /** `mavenCentral`, `google`, `gradlePluginPortal`, `mavenLocal`, `jcenter`, `maven`, `ivy`. */
  kind: string;
  url?: string;
  insecureFlag: boolean;
  /** Inside `exclusiveContent {}` or with a `content {}` filter. */
  filtered: boolean;
  /** Which `repositories {}` block: its position, for grouping. */
  block: string;
  /** Enclosing scope: pluginManagement, dependencyResolutionManagement, buildscript, project … */
  scope: string;
  at: At;
}

export interface Dep {
  configuration: string;
  group: string;
  name: string;
  version?: string;
  at: At;
}

export interface Script {
  path: string;
  dir: string;
  language: 'groovy' | 'kotlin';
  kind: 'build' | 'settings' | 'init';
  repos: Repo[];
  deps: Dep[];
  locking: boolean;
  applyFrom: { url: string; at: At }[];
  /** exec/ProcessBuilder/Runtime.exec/execute()/URL reads outside task actions. */
  configExecs: { call: string; at: At }[];
  literalPasswords: { key: string; at: At }[];
  /** `includeBuild(…)`: another build whose scripts run too (path undefined when computed). */
  includedBuilds: { path?: string; at: At }[];
  /** `plugins { id("x") version "1" }`: resolved from the plugin portal (or pluginManagement repositories) and run. */
  plugins: { id: string; version?: string; at: At }[];
  /** `apply plugin: 'x'` / `apply(plugin = "x")`. */
  appliedPlugins: { id: string; at: At }[];
  /** `alias(libs.plugins.a.b)` in `plugins { }`: the catalog accessor `a.b`. */
  pluginAliases: { accessor: string; at: At }[];
  /** Secrets of the repositories under `publishing { repositories { … } }` (password, header value), in file order. */
  publishCredentials?: PublishCredential[];
  /** Passwords a publishing plugin's own block sets: io.github.gradle-nexus.publish-plugin's `nexusPublishing` repositories (load/nexus-repositories.ts), com.gradleup.nmcp's `centralPortal` (load/nmcp-portal.ts). */
  pluginBlockCredentials?: PublishCredential[];
  /** A settings script's `include` list (load/settings-includes.ts). */
  includes?: SettingsIncludes;
}

/** The projects a settings script includes, and what in it a static read cannot name. */
export interface SettingsIncludes {
  /** Each included project (and each ancestor an `include` implies) with the directory it lives in; `moved` when `projectDir` set it. */
  projects: { path: string; dir: string; at: At; moved?: boolean }[];
  /** Includes or project directories that are computed: the list is then undeterminable. */
  computed: (At & { why: string })[];
}

/** Where a publishing credential's value comes from, as the script writes it. */
export type CredentialSource =
  | { kind: 'env'; name: string }
  | { kind: 'property'; name: string }
  | { kind: 'literal' }
  | { kind: 'computed'; text: string };

/** A publishing repository's password or header value: the sources it reads, in the order an elvis tries them. */
export interface PublishCredential {
  /** `password`, or the header's name (`Job-Token`). */
  field: string;
  /** The plugin whose own property this is (`com.vanniktech.maven.publish`), when no script names it. */
  via?: string;
  sources: CredentialSource[];
  at: At;
}

export interface CatalogEntry {
  alias: string;
  group: string;
  name: string;
  /** Resolved through `version.ref` when it points at a literal; rich versions use `strictly`/`require`/`prefer`. */
  version?: string;
  line: number;
}

/** gradle/libs.versions.toml: the declarative version catalog. */
export interface Catalog {
  path: string;
  libraries: CatalogEntry[];
  plugins: CatalogEntry[];
}

export interface Properties {
  path: string;
  entries: { key: string; value: string; line: number }[];
}

export interface VerificationMetadata {
  path: string;
  verifyMetadata?: { value: boolean; line: number };
  verifySignatures?: { value: boolean; line: number };
  broadTrust: { pattern: string; line: number }[];
  strong: number;
  weak: number;
  /** `group:name:version` → has a sha256/sha512 entry. */
  components: Set<string>;
  /** `group:name:version` → every artifact digest the file records (`<artifact name>` and `<sha256 value>`). */
  digests?: Map<string, { artifact: string; algorithm: string; hex: string }[]>;
}

export interface Lockfile {
  path: string;
  entries: { group: string; name: string; version: string; line: number }[];
}

export interface GradleModel {
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources' | 'executableManifests' | 'clients'>;
  scripts: Script[];
  wrappers: Properties[];
  properties: Properties[];
  /** gradle/gradle-daemon-jvm.properties: `toolchainVersion`, `toolchainVendor`, `toolchainUrl.<OS>.<ARCH>` (Gradle 8.13+). */
  daemonJvm: Properties[];
  verification: VerificationMetadata[];
  lockfiles: Lockfile[];
  catalogs: Catalog[];
  /** Directories that have a buildSrc/ with a build script. */
  buildSrc: string[];
}
