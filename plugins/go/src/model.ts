/** The go plugin's model: modules (go.mod + go.sum), workspaces, vendor trees and Go environment settings. */
import type { Inventory, ParseProblem } from '@inert/core';

/** A position in a line-oriented file (1-based). */
export interface At {
  file: string;
  line: number;
  column: number;
}

export interface Require {
  path: string;
  version: string;
  indirect: boolean;
  at: At;
}

export interface Replace {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  newVersion?: string;
  /** `=> ./x` or `=> ../x` or an absolute path: a directory, not a module. */
  local: boolean;
  at: At;
}

export interface GoMod {
  path: string;
  dir: string;
  module?: string;
  go?: At & { version: string };
  toolchain?: At & { version: string };
  requires: Require[];
  replaces: Replace[];
}

/** go.sum: `module version h1:…` and `module version/go.mod h1:…`. */
export interface GoSum {
  path: string;
  dir: string;
  /** `${module} ${version}` → which hashes exist. */
  entries: Map<string, { zip: boolean; mod: boolean }>;
}

export interface GoWork {
  path: string;
  dir: string;
  go?: At & { version: string };
  toolchain?: At & { version: string };
  uses: { dir: string; at: At }[];
  replaces: Replace[];
}

export interface VendorList {
  path: string;
  dir: string;
  modules: { path: string; version: string; at: At }[];
}

/** A Go environment variable set by the checkout (go.env, .envrc, Dockerfile, CI env). */
export interface EnvSetting {
  name: string;
  value: string;
  at: At;
  /** Where it comes from, for messages: `go.env`, `Dockerfile ENV`, `workflow env` … */
  origin: string;
}

export interface GoModel {
  problems: ParseProblem[];
  inventory: Pick<Inventory, 'packages' | 'clients'>;
  mods: GoMod[];
  sums: GoSum[];
  works: GoWork[];
  vendors: VendorList[];
  env: EnvSetting[];
}
