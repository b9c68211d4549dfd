/**
 * How OSV names GitHub Actions and how an action's ref compares with an advisory's versions (the
 * matcher is the core's). OSV's `GitHub Actions` ecosystem comes from GitHub's advisory database: the
 * package is the repository (`tj-actions/changed-files`, also for an action in a sub-folder such as
 * `github/codeql-action/init`), and ranges are `ECOSYSTEM` ranges over release versions written
 * without the `v` of the tag (GHSA-mrrh-fwg8-r2c3: introduced 0, last_affected 45.0.7).
 * https://ossf.github.io/osv-schema/#affectedpackage-field
 *
 * What a `uses:` ref is, for the comparison:
 * - a full tag (`v4.1.2`, `4.1.2`, `v1.0.0-beta.1`) is that release: compared as SemVer;
 * - a major or minor tag (`v4`, `v4.1`) moves with each release of its line, so it stands for *some*
 *   version of [4.0.0, 5.0.0) or [4.1.0, 4.2.0): it compares only where the whole line is on one side
 *   of the advisory's version, and "could not compare" where the line straddles it;
 * - a commit id, a branch or anything else cannot be placed on the advisory's versions without the
 *   repository's tags (the network): "could not compare", never a guess.
 */
import { compareSemver, type OsvDescriptor } from '@inert/core';

/** `[v]MAJOR[.MINOR[.PATCH[-PRE]]]`: what a release tag of an action looks like. Linear: no nested quantifiers. */
const TAG = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9})(-[0-9A-Za-z.-]+)?)?$/;

/** A ref as the versions it may stand for: [low, high) for a moving tag, [low, low] for a full one. */
export interface RefVersions {
  low: string;
  /** Exclusive upper bound of a moving tag; absent for a full tag (one version). */
  high?: string;
}

export function refVersions(ref: string): RefVersions | undefined {
  const m = TAG.exec(ref.trim());
  if (!m) return undefined;
  const [, major, minor, patch, pre] = m;
  if (patch !== undefined) return { low: `${major}.${minor}.${patch}${pre ?? ''}` };
  if (minor !== undefined) return { low: `${major}.${minor}.0`, high: `${major}.${Number(minor) + 1}.0` };
  return { low: `${major}.0.0`, high: `${Number(major) + 1}.0.0` };
}

/**
 * -1, 0 or 1 when every version `a` may stand for is below, equal to or above `b` (and the same for
 * `b`); undefined when either is not a release tag or a moving tag's line straddles the other version.
 */
export function compareActionVersions(a: string, b: string): number | undefined {
  const x = refVersions(a);
  const y = refVersions(b);
  if (!x || !y) return undefined;
  if (x.high === undefined && y.high === undefined) return compareSemver(x.low, y.low);
  if (x.high !== undefined && y.high !== undefined) return x.low === y.low && x.high === y.high ? 0 : undefined; // two moving tags: equal lines or not comparable
  const [line, point, sign] = x.high !== undefined ? [x, y.low, 1] : [y, x.low, -1];
  // The whole line is above the point only when the point is below its first version: at the first
  // version itself, an advisory's `last_affected` would make the answer depend on which release the tag is on.
  const belowLine = compareSemver(point, line.low);
  const aboveLine = compareSemver(point, line.high!);
  if (belowLine === undefined || aboveLine === undefined) return undefined;
  if (belowLine < 0) return sign;
  if (aboveLine >= 0) return -sign;
  return undefined;
}

export const osv: OsvDescriptor = {
  ecosystem: 'GitHub Actions',
  // GitHub compares owner and repository case-insensitively; an action in a sub-folder (and a reusable
  // workflow's path) shares its repository's releases and advisories.
  normalise: (name) => name.split('/').slice(0, 2).join('/').toLowerCase(),
  compare: compareActionVersions,
  // The versions are `uses:` refs of workflows and actions, not a lockfile's entries.
  source: {
    where: 'used by a workflow or action (`uses: owner/repo@ref`)',
    reads: 'ci',
    risk: 'A job that runs it runs code published to attack its users, with the job\u2019s token, its secrets and whatever it can write (releases, caches, packages); a tag can also be moved back onto that code.',
    remove:
      'Change the `uses:` ref to a clean release pinned by commit id (`owner/repo@<sha> # vX.Y.Z`), rotate the secrets and tokens every job that ran it could read, and review what those runs published or cached.',
  },
};
