/**
 * A lock's inventory packages as rows (docs/decisions/0032): package i is made from lock entry i when
 * the report reads it, so a 27,000-entry lock keeps no package, source, digest or edge list alive
 * from the load to the report. What the rows hold is what a package needs and the lock does not: the
 * entries' lines and script verdicts (worked out at load, where the checks need them too), and each
 * entry's purl (an edge names its target's purl).
 */
import { MAX_OUTPUT_STRING, type InventoryPackage, type PackageRows } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { edgeResolver, npmPurl, SOURCE_KINDS, sourceOf, sourceOfKind, toInventory } from './inventory.js';

export class LockPackageRows implements PackageRows {
  /**
   * Each entry's purl, made at load: packageurl-js, which writes the uncommon ones, is loaded then, and
   * a failure to load it fails the plugin's load as before (docs/decisions/0021), not the report.
   */
  private readonly purls: (string | undefined)[];
  /** Each entry's source kind (an index of SOURCE_KINDS), worked out once with its purl (decision 0035). */
  private readonly kinds: Uint8Array;
  private edgesOf: ((index: number) => string[] | undefined) | undefined;
  /** Entries with a string longer than MAX_OUTPUT_STRING among those their package is made from. */
  private readonly long = new Set<number>();
  /** Whether any purl, which other packages' edges name, or the lock's path is that long. */
  private readonly longEverywhere: boolean;

  constructor(
    private readonly lock: Lockfile,
    private readonly lines: readonly (number | undefined)[],
    private readonly verdicts: ReadonlyMap<LockEntry, { verdict: InventoryPackage['scriptsVerdict'] }>,
  ) {
    const { entries } = lock;
    this.purls = new Array<string | undefined>(entries.length);
    this.kinds = new Uint8Array(entries.length);
    let longPurl = false;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const source = sourceOf(entry);
      this.kinds[i] = SOURCE_KINDS.indexOf(source.kind);
      const purl = (this.purls[i] = npmPurl(entry, source));
      // What toInventory writes that a lock sizes: the name (and its scope), version, resolved URL,
      // integrity (its algorithm is cut from it) and purl; digests, commits and verdicts are bounded.
      if (isLong(purl)) longPurl = true;
      if (isLong(entry.name) || isLong(entry.version) || isLong(entry.resolved) || isLong(entry.integrity))
        this.long.add(i);
      else if (isLong(entry.algorithm) || isLong(purl)) this.long.add(i);
    }
    this.longEverywhere = longPurl || isLong(lock.path);
  }

  get length(): number {
    return this.lock.entries.length;
  }

  mayHaveLongString(index: number): boolean {
    return this.longEverywhere || this.long.has(index);
  }

  at(index: number): InventoryPackage {
    const entry = this.lock.entries[index]!;
    const { lock, purls } = this;
    const pkg = toInventory(
      entry,
      lock.path,
      this.lines[index],
      this.verdicts.get(entry)?.verdict,
      sourceOfKind(entry, SOURCE_KINDS[this.kinds[index]!]!),
      purls[index],
    );
    const to = (this.edgesOf ??= edgeResolver(lock, (i) => purls[i]))(index);
    if (to) pkg.dependsOn = to;
    return pkg;
  }
}

function isLong(text: string | undefined): boolean {
  return text !== undefined && text.length > MAX_OUTPUT_STRING;
}
