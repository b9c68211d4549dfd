/**
 * What a plugin tells the OSV matcher about its ecosystem (`Plugin.osv`): how OSV names it, how its
 * registry compares package names, and how its versions are ordered. The matcher itself (database,
 * ranges, SEMVER ordering) is the same for every ecosystem. https://ossf.github.io/osv-schema/#affectedpackage-field
 */
import type { FileKind } from '../files.js';

export interface OsvDescriptor {
  /** The ecosystem as OSV spells it in `affected[].package.ecosystem` (the part before any `:suffix`). */
  ecosystem: string;
  /** The name as the registry compares it (case, separators); absent: names are compared as written. */
  normalise?(name: string): string;
  /**
   * The ecosystem's version order, for `ECOSYSTEM` ranges: -1, 0 or 1, or undefined when either
   * version does not parse — "could not compare", never a guess.
   */
  compare(a: string, b: string): number | undefined;
  /**
   * Where the versions the plugin inventories are pinned, for the text of its OSV checks; absent: a
   * lockfile (`in the lockfile`, read from `lockfile` files, removed from the lockfile and caches).
   */
  source?: OsvSource;
}

/** How the OSV checks of one plugin describe where a matched version comes from and what to do about it. */
export interface OsvSource {
  /** The words after "package version", e.g. `in the lockfile`. */
  where: string;
  /** The file kind the versions are read from (the checks' `reads`). */
  reads: FileKind;
  /** Why a malicious version there matters (one or two sentences). */
  risk: string;
  /** What to do about a malicious version (the remediation). */
  remove: string;
}

/** Whatever carries a descriptor: a plugin, or a bare `{ osv }` for tests and embedders. */
export interface HasOsvDescriptor {
  readonly osv?: OsvDescriptor | undefined;
}
