/**
 * Inventory packages made when they are read (issue #25, docs/decisions/0032). A plugin whose lock
 * has tens of thousands of entries describes its packages as rows (`PackageRows`: a count and a way
 * to make package i) instead of an array of objects; the scan's result then holds its inventory's
 * packages as segments, and:
 * - the JSON report streams them a batch at a time, each package made, clipped, written and dropped
 *   (json-stream.ts asks `deferredMember`), so no object per package, hash or edge lives until the
 *   report and no walk clips them all;
 * - every other reader (SARIF, Markdown, CycloneDX, diff, a library user) reads
 *   `result.inventory.packages`, an ordinary array made on first access, clipped as the scan clipped
 *   it before (clip.ts), and the same array on every later access.
 */
import { clipStrings } from './clip.js';
import type { Inventory, InventoryPackage } from './inventory.js';

/** Packages made on demand: `at(i)` is a fresh, unclipped package, the one the plugin would have listed. */
export interface PackageRows {
  readonly length: number;
  at(index: number): InventoryPackage;
  /**
   * False when no string of package `index` (no key, no value at any depth) is longer than
   * MAX_OUTPUT_STRING, so it needs no clipping walk (decision 0035); true, or no such method, when it
   * may have one. A row that answers false wrongly puts an attacker-sized string in every report.
   */
  mayHaveLongString?(index: number): boolean;
}

/** Made packages (clipped already) or rows (clipped as they are made), in the inventory's order. */
export type PackageSegment = readonly InventoryPackage[] | PackageRows;

/** A member whose items are made in batches rather than held: what the JSON writer streams. */
export interface DeferredList {
  readonly length: number;
  /** The items in order, in arrays of at most `size`; each array is fresh and may be dropped. */
  batches(size: number): Generator<unknown[], void, undefined>;
}

/** A plugin model's packages: its inventory's, then its rows' made, unclipped (what the scan lists, for tests and tools). */
export function modelPackages(model: {
  inventory: { packages?: readonly InventoryPackage[] };
  packageRows?: readonly PackageRows[];
}): InventoryPackage[] {
  const out = [...(model.inventory.packages ?? [])];
  for (const rows of model.packageRows ?? []) for (let i = 0; i < rows.length; i++) out.push(rows.at(i));
  return out;
}

/** Holders (a result's inventory) whose `packages` is still deferred, not yet materialised. */
const deferred = new WeakMap<object, Map<string, DeferredList>>();

/** The deferred list behind `holder[name]`, while nothing has read it as an array. */
export function deferredMember(holder: object, name: string): DeferredList | undefined {
  return deferred.get(holder)?.get(name);
}

class PackageSegments implements DeferredList {
  readonly length: number;
  constructor(private readonly segments: readonly PackageSegment[]) {
    this.length = segments.reduce((n, s) => n + s.length, 0);
  }

  *batches(size: number): Generator<InventoryPackage[], void, undefined> {
    for (const segment of this.segments) {
      if (Array.isArray(segment)) {
        const made = segment as readonly InventoryPackage[];
        for (let i = 0; i < made.length; i += size) yield made.slice(i, i + size);
        continue;
      }
      const rows = segment as PackageRows;
      for (let i = 0; i < rows.length; i += size) {
        const end = Math.min(rows.length, i + size);
        const batch = new Array<InventoryPackage>(end - i);
        for (let k = i; k < end; k++) {
          const made = rows.at(k);
          batch[k - i] = rows.mayHaveLongString?.(k) === false ? made : clipStrings(made);
        }
        yield batch;
      }
    }
  }

  materialise(): InventoryPackage[] {
    const out: InventoryPackage[] = [];
    for (const batch of this.batches(1024)) for (const p of batch) out.push(p);
    return out;
  }
}

/**
 * `rest` (clipped) with `packages` from `segments` as its first member, as `Inventory` orders them:
 * an accessor that makes the array on first access and then becomes the plain property it replaces
 * (same place among the members, writable, enumerable).
 */
export function inventoryWithRows(segments: readonly PackageSegment[], rest: Omit<Inventory, 'packages'>): Inventory {
  const list = new PackageSegments(segments);
  const inventory = {} as Inventory;
  const settle = (value: InventoryPackage[]): void => {
    deferred.delete(inventory);
    Object.defineProperty(inventory, 'packages', { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(inventory, 'packages', {
    get(): InventoryPackage[] {
      const value = list.materialise();
      settle(value);
      return value;
    },
    set(value: InventoryPackage[]) {
      settle(value);
    },
    enumerable: true,
    configurable: true,
  });
  Object.assign(inventory, rest);
  deferred.set(inventory, new Map([['packages', list]]));
  return inventory;
}

/**
 * The packages a scan collects, in order: plugins' made packages and their rows. While no rows are
 * added, `made` is the whole list and the result is built as before.
 */
export class PackageCollector {
  /** Made packages since the last rows. */
  made: InventoryPackage[] = [];
  private readonly segments: PackageSegment[] = [];

  add(packages: readonly InventoryPackage[] | undefined, rows: readonly PackageRows[] | undefined): void {
    if (packages) for (const p of packages) this.made.push(p);
    if (!rows?.length) return;
    if (this.made.length) this.segments.push(this.made);
    this.segments.push(...rows);
    this.made = [];
  }

  /** Every package made now, unclipped, and no rows left: for a reader inside the scan (the OSV matcher). */
  makeAll(): InventoryPackage[] {
    const out: InventoryPackage[] = [];
    for (const segment of this.segments) {
      if (Array.isArray(segment)) for (const p of segment as readonly InventoryPackage[]) out.push(p);
      else for (let i = 0; i < segment.length; i++) out.push((segment as PackageRows).at(i));
    }
    for (const p of this.made) out.push(p);
    this.segments.length = 0;
    this.made = out;
    return out;
  }

  /** The result's inventory: `rest` with these packages, clipped (made ones now, rows as they are made). */
  inventory(rest: Omit<Inventory, 'packages'>): Inventory {
    const clippedRest = clipStrings(rest);
    if (this.segments.length === 0) return { packages: clipStrings(this.made), ...clippedRest };
    const segments = [...this.segments, this.made].map((s) => (Array.isArray(s) ? clipStrings(s) : s));
    return inventoryWithRows(segments, clippedRest);
  }
}
