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

/** Paths of the listing a plugin would claim in a full checkout, missing from this one, in listing order. */
export function unfetchedClaims(
  listing: Iterable<string>,
  claimed: ReadonlySet<string>,
  route: FileRouter,
  walk: { skipDirs: ReadonlySet<string>; peek: ReadonlySet<string>; ignored: (path: string) => boolean },
): string[] {
  const out: string[] = [];
  for (const path of listing) {
    if (claimed.has(path) || route(path) === undefined || walk.ignored(path)) continue;
    if (walkReaches(path, walk.skipDirs, walk.peek)) out.push(path);
  }
  return out;
}

/**
 * Whether the walk of a full checkout would find `path`: no directory on the way is skipped, or the
 * first skipped one is peeked into for exactly this file (`vendor/modules.txt`; DirectorySource.peek).
 */
function walkReaches(path: string, skipDirs: ReadonlySet<string>, peek: ReadonlySet<string>): boolean {
  const segments = path.split('/');
  for (let i = 0; i < segments.length - 1; i++) {
    const dir = segments[i]!;
    if (ALWAYS_SKIPPED_DIRS.includes(dir)) return false;
    if (skipDirs.has(dir)) return peek.has(segments.slice(i).join('/'));
  }
  return true;
}

/** Collects the files a plugin asked about (`LoadContext.isFile`) that the listing has and the checkout lacks. */
export class NamedButUnfetched {
  private readonly seen = new Set<string>();
  constructor(private readonly listing: ReadonlySet<string> | undefined) {}

  /** `isFile`'s answer for a path the walk did not find: false, and remembered when the repository has it. */
  absent(path: string): false {
    if (this.listing?.has(path)) this.seen.add(path);
    return false;
  }

  gaps(unfetched: readonly string[]): ScanGap[] {
    const listed = new Set(unfetched);
    return [
      ...unfetched.map((path) => ({
        path,
        reason:
          'in the repository listing (--listing) and claimed by a plugin, but not in this checkout: fetch it (inert files --format sparse lists the patterns) and scan again',
      })),
      ...[...this.seen]
        .filter((path) => !listed.has(path))
        .map((path) => ({
          path,
          reason:
            'named by a file the scan read (a script, a local action, a build file) and in the repository listing (--listing), but not in this checkout: fetch it and scan again',
        })),
    ];
  }
}
