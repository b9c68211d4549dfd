/** Discovery: one safe walk, then each plugin claims files by its globs. */
import type { ClaimedFile, FileRule } from './files.js';
import { candidateFilter, matchesGlob } from './glob.js';
import type { AnyPlugin } from './plugin.js';
import type { FileSource, WalkResult } from './source/file-source.js';
import { DEFAULT_SKIPPED_DIRS, type Limits } from './source/limits.js';

export interface Discovery {
  walk: WalkResult;
  /** Per plugin (same order as given), the files it claimed. */
  claims: ClaimedFile[][];
}

/** Walks the source once and routes files to plugins. */
export async function discover(
  source: FileSource,
  plugins: readonly AnyPlugin[],
  options: { limits: Limits; includeDirs?: readonly string[]; ignorePaths?: readonly string[] },
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
  // Only files whose name some rule could match are offered to the plugins' globs.
  const candidate = candidateFilter(plugins.flatMap((p) => p.files.flatMap((r: FileRule) => r.match)));
  const candidates = walk.files.filter((f) => candidate(f.path));
  const claims = plugins.map((plugin) => {
    const claimed: ClaimedFile[] = [];
    for (const file of candidates) {
      const rule = ruleFor(plugin, file.path);
      if (rule)
        claimed.push({
          path: file.path,
          kind: rule.kind,
          ...(rule.reader !== undefined ? { reader: rule.reader } : {}),
          ...(file.size !== undefined ? { size: file.size } : {}),
        });
    }
    for (const skip of walk.skipped) {
      const rule = (skip.kind === 'symlink' || skip.kind === 'special') && ruleFor(plugin, skip.path);
      if (rule)
        claimed.push({
          path: skip.path,
          kind: rule.kind,
          ...(rule.reader !== undefined ? { reader: rule.reader } : {}),
          skipped: skip.detail,
        });
    }
    return claimed;
  });
  return { walk, claims };
}

/** The first rule of a plugin that claims `path`. */
export function ruleFor(plugin: AnyPlugin, path: string): FileRule | undefined {
  return plugin.files.find((rule: FileRule) => rule.match.some((m) => matchesGlob(path, m)));
}
