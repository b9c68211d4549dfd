/** Discovery: one safe walk, then each plugin claims files by its globs. */
import type { ClaimedFile, FileRule } from './files.js';
import { fileRouter } from './file-router.js';
import { matchesGlob } from './glob.js';
import { unfetched, type RepositoryListing, type Unfetched } from './listing.js';
import type { AnyPlugin } from './plugin.js';
import type { FileSource, WalkResult } from './source/file-source.js';
import { DEFAULT_SKIPPED_DIRS, type Limits } from './source/limits.js';

export interface Discovery {
  walk: WalkResult;
  /** Per plugin (same order as given), the files it claimed. */
  claims: ClaimedFile[][];
  /** With a repository listing: what the walk of a full checkout would meet that this one lacks. */
  unfetched: Unfetched[];
}

/** Walks the source once and routes files to plugins. */
export async function discover(
  source: FileSource,
  plugins: readonly AnyPlugin[],
  options: {
    limits: Limits;
    includeDirs?: readonly string[];
    ignorePaths?: readonly string[];
    listing?: RepositoryListing;
  },
): Promise<Discovery> {
  const include = new Set(options.includeDirs ?? []);
  const skipDirs = new Set(DEFAULT_SKIPPED_DIRS.filter((d) => !include.has(d)));
  const peek = plugins
    .flatMap((p) => p.files.flatMap((r: FileRule) => r.match))
    .filter((m) => skipDirs.has(m.split('/')[0]!) && !/[*?{]/.test(m));
  const walk = await source.walk({ limits: options.limits, skipDirs, peek });
  const ignorePaths = options.ignorePaths ?? [];
  const ignored = (path: string) =>
    ignorePaths.some((g) => matchesGlob(path, g) || path.startsWith(g.replace(/\/$/, '') + '/'));
  if (ignorePaths.length > 0) {
    walk.files = walk.files.filter((f) => !ignored(f.path));
    walk.skipped = walk.skipped.filter((s) => !ignored(s.path));
  }
  // One router for every plugin's rules: most files of a checkout match none (docs/decisions/0016),
  // and a file's path is made only when one claims it (0024).
  const route = fileRouter(plugins);
  const claims: ClaimedFile[][] = plugins.map(() => []);
  const claim = (path: string, rules: readonly (FileRule | undefined)[], size: number | undefined) =>
    rules.forEach((rule, p) => {
      if (rule)
        claims[p]!.push({
          path,
          kind: rule.kind,
          ...(rule.reader !== undefined ? { reader: rule.reader } : {}),
          ...(size !== undefined ? { size } : {}),
        });
    });
  if (walk.runs)
    for (const { dir, names, sizes } of walk.runs) {
      const inDir = route.inDir(dir);
      for (let i = 0; i < names.length; i++) {
        const rules = inDir(names[i]!);
        if (rules) claim(dir === '' ? names[i]! : `${dir}/${names[i]!}`, rules, sizes?.[i]);
      }
    }
  else
    for (const file of walk.files) {
      const rules = route(file.path);
      if (rules) claim(file.path, rules, file.size);
    }
  for (const skip of walk.skipped) {
    if (skip.kind !== 'symlink' && skip.kind !== 'special') continue;
    route(skip.path)?.forEach((rule, p) => {
      if (rule)
        claims[p]!.push({
          path: skip.path,
          kind: rule.kind,
          ...(rule.reader !== undefined ? { reader: rule.reader } : {}),
          skipped: skip.detail,
        });
    });
  }
  // Met: every claimed path and every link the walk reported (a link is listed by the repository too).
  const missing = options.listing
    ? unfetched(
        options.listing,
        new Set([...claims.flatMap((c) => c.map((f) => f.path)), ...walk.skipped.map((s) => s.path)]),
        route,
        { skipDirs, peek: new Set(peek), ignored },
      )
    : [];
  return { walk, claims, unfetched: missing };
}

/** The first rule of a plugin that claims `path`. */
export function ruleFor(plugin: AnyPlugin, path: string): FileRule | undefined {
  return plugin.files.find((rule: FileRule) => rule.match.some((m) => matchesGlob(path, m)));
}
