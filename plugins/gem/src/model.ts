/** The gem plugin's model: Gemfiles and gemspecs (as syntax facts), Gemfile.lock, Bundler config and credentials. https://bundler.io/man/gemfile.5.html */
import type { HookAnalysis, Inventory, ParseProblem, YamlDocument } from '@inert/core';

export interface At {
  file: string;
  line: number;
  column: number;
}

export interface GemDecl {
  name: string;
  /** `gem` (Gemfile) or a gemspec `add_*dependency`. */
  via: 'gem' | 'add_dependency' | 'add_runtime_dependency' | 'add_development_dependency';
  /** Literal version requirements (`"~> 7.1"`). */
  requirements: string[];
  /** Enclosing `group …` names, innermost last. */
  groups: string[];
  options: Record<string, string>;
  /** Option keys whose values are not literals. */
  dynamic: string[];
  at: At;
}

export interface SourceDecl {
  url: string;
  /** `source "…" do … end`: scoped to the gems inside. */
  scoped: boolean;
  at: At;
}

export interface DangerousCall {
  call: string;
  detail: string;
  at: At;
}

/** A Gemfile, gems.rb or gemspec read through its syntax tree. */
export interface RubyManifest {
  path: string;
  dir: string;
  kind: 'gemfile' | 'gemspec';
  sources: SourceDecl[];
  gems: GemDecl[];
  plugins: { name: string; at: At }[];
  extensions: At[];
  dangerous: DangerousCall[];
  /** `gemspec` calls of a Gemfile (each loads *.gemspec files as Ruby), with a literal `path:` when given. */
  gemspecCalls: { path: string | undefined; at: At }[];
  /** Literal `eval_gemfile` targets (computed ones are dangerous calls). */
  evalGemfiles: { path: string; at: At }[];
  /** Names declared with `git_source(:name) { … }`: a gem option of that name is a computed git URL. */
  gitSources: string[];
  /** Gemspec `metadata` keys with literal values (`allowed_push_host`, `rubygems_mfa_required` …). */
  metadata: Record<string, { value: string; at: At }>;
}

export interface LockSpec {
  name: string;
  version: string;
  platform?: string;
  section: 'GEM' | 'GIT' | 'PATH';
  remote?: string;
  revision?: string;
  branch?: string;
  tag?: string;
  line: number;
  /** Names of the gems this spec depends on (the deeper-indented lines under it). */
  requires?: string[];
}

export interface Lockfile {
  path: string;
  dir: string;
  /** Remotes of GEM sections, with their lines and the (1-based) GEM section they belong to. */
  gemRemotes: { url: string; line: number; section: number }[];
  gitRemotes: { url: string; revision?: string; branch?: string; tag?: string; line: number }[];
  specs: LockSpec[];
  /** `CHECKSUMS` section present (written by Bundler 2.5+, on request from 2.6, by default from 4), and which `name-version[-platform]` it covers. */
  checksums: Set<string> | undefined;
  /** `name-version[-platform]` → the SHA-256 hex the CHECKSUMS section records. */
  checksumValues?: Map<string, string>;
  checksumsLine?: number;
  /** `PLATFORMS` entries with their lines. */
  platforms: { name: string; line: number }[];
  /** `DEPENDENCIES` names (a trailing `!` marks a non-registry source) with their lines. */
  dependencies: { name: string; requirement: string; line: number }[];
  /** `BUNDLED WITH` version as written (the first line of the section), and its line. */
  bundledWith?: string;
  bundledWithLine?: number;
  /** Section headers inert does not know (future Bundler sections or junk). */
  unknownSections: { name: string; line: number }[];
}

export interface BundleConfig {
  path: string;
  doc: YamlDocument;
  values: Record<string, string>;
}

export interface Credentials {
  path: string;
  doc?: YamlDocument;
  keys: { key: string; line: number }[];
}

/** Package mode: one declared extension build script of the scanned gem, read and analysed (never run). */
export interface PackageExtension {
  at: At;
  file: string;
  analysis: HookAnalysis;
  /** The gemspec names it, but the package does not hold it as a readable file. */
  unread?: boolean;
}

export interface GemModel {
  /** The root is one published gem (`inert scan x.gem`, `--package`). */
  packageMode?: boolean;
  packageExtensions?: PackageExtension[];
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources' | 'executableManifests' | 'clients'>;
  manifests: RubyManifest[];
  locks: Lockfile[];
  configs: BundleConfig[];
  credentials: Credentials[];
  /** RubyGems API keys and URL credentials written in Gemfiles, gemspecs and lockfiles. */
  secrets: { file: string; line: number; column: number; what: string }[];
  /** Committed `.bundle/plugin/` files. */
  pluginFiles: string[];
}
