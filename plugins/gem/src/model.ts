/** The gem plugin's model: Gemfiles and gemspecs (as syntax facts), Gemfile.lock, Bundler config and credentials. */
import type { Inventory, ParseProblem, YamlDocument } from '@inert/core';

export interface At {
  file: string;
  line: number;
  column: number;
}

export interface GemDecl {
  name: string;
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
}

export interface Lockfile {
  path: string;
  dir: string;
  /** Remotes of GEM sections, with their lines and the (1-based) GEM section they belong to. */
  gemRemotes: { url: string; line: number; section: number }[];
  gitRemotes: { url: string; revision?: string; branch?: string; tag?: string; line: number }[];
  specs: LockSpec[];
  /** `CHECKSUMS` section present (Bundler 2.6+), and which `name-version[-platform]` it covers. */
  checksums: Set<string> | undefined;
  checksumsLine?: number;
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

export interface GemModel {
  projects: { dir: string; files: string[] }[];
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'sources' | 'executableManifests'>;
  manifests: RubyManifest[];
  locks: Lockfile[];
  configs: BundleConfig[];
  credentials: Credentials[];
  /** Committed `.bundle/plugin/` files. */
  pluginFiles: string[];
}
