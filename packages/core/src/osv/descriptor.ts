/**
 * What a plugin tells the OSV matcher about its ecosystem (`Plugin.osv`): how OSV names it, how its
 * registry compares package names, and how its versions are ordered. The matcher itself (database,
 * ranges, SEMVER ordering) is the same for every ecosystem. https://ossf.github.io/osv-schema/#affectedpackage-field
 */
export interface OsvDescriptor {
  /** The ecosystem as OSV spells it in `affected[].package.ecosystem` (the part before any `:suffix`). */
  ecosystem: string;
  /** The name as the registry compares it (case, separators); absent: names are compared as written. */
  normalise?: (name: string) => string;
  /**
   * The ecosystem's version order, for `ECOSYSTEM` ranges: -1, 0 or 1, or undefined when either
   * version does not parse — "could not compare", never a guess.
   */
  compare: (a: string, b: string) => number | undefined;
}

/** Whatever carries a descriptor: a plugin, or a bare `{ osv }` for tests and embedders. */
export interface HasOsvDescriptor {
  readonly osv?: OsvDescriptor | undefined;
}
