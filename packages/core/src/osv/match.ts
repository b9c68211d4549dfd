/** Matches a locked version against OSV `affected` entries: exact versions, then SEMVER/ECOSYSTEM ranges. */
import { osvKey, type OsvAdvisory, type OsvAffected, type OsvDatabase, type OsvEvent } from './database.js';
import { compareSemver } from './versions.js';

export interface OsvMatch {
  advisory: OsvAdvisory;
  /** `listed`: the version is in `versions`; `range`: inside a range; `could-not-compare`: a range applies but the versions could not be ordered. */
  how: 'listed' | 'range' | 'could-not-compare';
}

/** -1, 0, 1, or undefined when the versions cannot be ordered. */
type Compare = (a: string, b: string) => number | undefined;

/** The advisories of `db` that affect `name@version` in the OSV ecosystem `ecosystem` (as a plugin's descriptor names it). */
export function matchVersion(db: OsvDatabase, ecosystem: string, name: string, version: string): OsvMatch[] {
  const descriptor = db.ecosystems.get(ecosystem);
  if (!descriptor) return []; // nothing about this ecosystem was kept
  const out: OsvMatch[] = [];
  for (const { advisory, affected } of db.index.get(osvKey(descriptor, name)) ?? []) {
    const how = affects(affected, version, (a, b) => descriptor.compare(a, b));
    if (how) out.push({ advisory, how });
  }
  return out;
}

function affects(affected: OsvAffected, version: string, ecosystemOrder: Compare): OsvMatch['how'] | undefined {
  if (affected.versions.includes(version)) return 'listed';
  let unsure = false;
  for (const range of affected.ranges) {
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue; // GIT ranges need the commit graph
    const result = inRange(range.type === 'SEMVER' ? compareSemver : ecosystemOrder, range.events, version);
    if (result === true) return 'range';
    if (result === undefined) unsure = true;
  }
  // No range and no versions means every version is affected (malicious packages are often published so).
  if (affected.ranges.length === 0 && affected.versions.length === 0) return 'listed';
  return unsure ? 'could-not-compare' : undefined;
}

/** OSV's evaluation: walk events in version order; introduced opens, fixed and last_affected close. */
function inRange(compare: Compare, events: readonly OsvEvent[], version: string): boolean | undefined {
  const sorted = sortEvents(compare, events);
  if (!sorted) return undefined;
  let affected = false;
  for (const e of sorted) {
    if (e.introduced !== undefined) {
      const c = e.introduced === '0' ? 1 : compare(version, e.introduced);
      if (c === undefined) return undefined;
      if (c >= 0) affected = true;
    }
    if (e.fixed !== undefined) {
      const c = compare(version, e.fixed);
      if (c === undefined) return undefined;
      if (c >= 0) affected = false;
    }
    if (e.last_affected !== undefined) {
      const c = compare(version, e.last_affected);
      if (c === undefined) return undefined;
      if (c > 0) affected = false;
    }
  }
  return affected;
}

/** Events in version order (`introduced: "0"` first); undefined when two cannot be ordered. */
function sortEvents(compare: Compare, events: readonly OsvEvent[]): OsvEvent[] | undefined {
  const at = (e: OsvEvent) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0';
  let failed = false;
  const sorted = [...events].sort((a, b) => {
    const [x, y] = [at(a), at(b)];
    if (x === y) return 0;
    if (x === '0' && a.introduced !== undefined) return -1;
    if (y === '0' && b.introduced !== undefined) return 1;
    const c = compare(x, y);
    if (c === undefined) failed = true;
    return c ?? 0;
  });
  return failed ? undefined : sorted;
}
