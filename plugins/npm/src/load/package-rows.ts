/**
 * A lock's inventory packages as rows (docs/decisions/0032): package i is made from lock entry i when
 * the report reads it, so a 27,000-entry lock keeps no package, source, digest or edge list alive
 * from the load to the report. What the rows hold is what a package needs and the lock does not: the
 * entries' lines and script verdicts (worked out at load, where the checks need them too), and each
 * entry's purl (an edge names its target's purl).
 */
import type { InventoryPackage, PackageRows } from '@inert/core';
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

  constructor(
    private readonly lock: Lockfile,
    private readonly lines: readonly (number | undefined)[],
    private readonly verdicts: ReadonlyMap<LockEntry, { verdict: InventoryPackage['scriptsVerdict'] }>,
  ) {
    const { entries } = lock;
    this.purls = new Array<string | undefined>(entries.length);
    this.kinds = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const source = sourceOf(entries[i]!);
      this.kinds[i] = SOURCE_KINDS.indexOf(source.kind);
      this.purls[i] = npmPurl(entries[i]!, source);
    }
  }

  get length(): number {
    return this.lock.entries.length;
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
