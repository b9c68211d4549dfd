/**
 * A sparse checkout scanned with the repository's full path listing (`ScanConfig.listing`, the CLI's
 * `--listing`): a fleet fetches only the files the plugins claim (`inert files --format sparse`), and
 * the listing tells the scan which of the files it would read the repository has but the checkout
 * lacks. Each such file is a gap, so the scan is incomplete instead of silently reading less than a
 * full checkout would (docs/scaling.md, docs/decisions/0042).
 */
import type { FileRouter } from './file-router.js';
import { ALWAYS_SKIPPED_DIRS } from './source/limits.js';
import type { ScanGap } from './result.js';

/** Every path of the repository the scanned tree is a sparse checkout of (`git ls-tree -r -z HEAD`). */
export interface RepositoryListing {
  /** Every entry: relative to the repository root, `/`-separated. */
  paths: ReadonlySet<string>;
  /**
   * The entries that are symbolic links (mode 120000), when the listing gives modes: the walk reports
   * every link it meets (core/symlink-not-followed), so a link the checkout lacks is a gap too.
   */
  symlinks?: ReadonlySet<string>;
}

/** A listed path the scan of a full checkout would meet that this checkout lacks. */
export interface Unfetched {
  path: string;
  kind: 'claimed' | 'link';
}

interface WalkShape {
  skipDirs: ReadonlySet<string>;
  peek: ReadonlySet<string>;
  ignored: (path: string) => boolean;
}

/** The listed paths a plugin would claim, and the listed links, that the walk did not meet, in listing order. */
export function unfetched(
  listing: RepositoryListing,
  met: ReadonlySet<string>,
  route: FileRouter,
  walk: WalkShape,
): Unfetched[] {
  const out: Unfetched[] = [];
  for (const path of listing.paths) {
    if (met.has(path) || walk.ignored(path) || !walkReaches(path, walk)) continue;
    if (listing.symlinks?.has(path)) out.push({ path, kind: 'link' });
    else if (route(path) !== undefined) out.push({ path, kind: 'claimed' });
  }
  return out;
}

/**
 * Whether the walk of a full checkout would find `path`: no directory on the way is skipped, or the
 * first skipped one is peeked into for exactly this file (`vendor/modules.txt`; DirectorySource.peek).
 */
function walkReaches(path: string, walk: WalkShape): boolean {
  const segments = path.split('/');
  for (let i = 0; i < segments.length - 1; i++) {
    const dir = segments[i]!;
    if (ALWAYS_SKIPPED_DIRS.includes(dir)) return false;
    if (walk.skipDirs.has(dir)) return walk.peek.has(segments.slice(i).join('/'));
  }
  return true;
}

const REASONS = {
  claimed:
    'in the repository listing (--listing) and claimed by a plugin, but not in this checkout: fetch it (inert files --format sparse lists the patterns) and scan again',
  link: 'a symbolic link in the repository listing (--listing) that is not in this checkout: inert reports where links point, so fetch it and scan again',
  named:
    'named by a file the scan read (a script, a local action, a build file) and in the repository listing (--listing), but not in this checkout: fetch it and scan again',
};

/** Collects the files a plugin asked about (`LoadContext.isFile`) that the listing has and the checkout lacks. */
export class NamedButUnfetched {
  private readonly seen = new Set<string>();
  constructor(private readonly listing: RepositoryListing | undefined) {}

  /** `isFile`'s answer for a path the walk did not find: false, and remembered when the repository has it. */
  absent(path: string): false {
    if (this.listing?.paths.has(path)) this.seen.add(path);
    return false;
  }

  gaps(missing: readonly Unfetched[]): ScanGap[] {
    const listed = new Set(missing.map((m) => m.path));
    return [
      ...missing.map((m) => ({ path: m.path, reason: REASONS[m.kind] })),
      ...[...this.seen].filter((path) => !listed.has(path)).map((path) => ({ path, reason: REASONS.named })),
    ];
  }
}
