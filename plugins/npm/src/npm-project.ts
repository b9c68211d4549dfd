/**
 * The .npmrc npm reads as its project config for a directory: the one in npm's local prefix, not any
 * .npmrc above it. @npmcli/config 9 (npm 10.9.0, workspaces/config/lib/index.js `loadLocalPrefix`)
 * walks up from the working directory to the first directory with a package.json (or node_modules)
 * and makes it the prefix; it then goes on walking up, and the first package.json whose `workspaces`
 * include that prefix makes its directory the prefix instead (a member's own .npmrc is then ignored,
 * with a warning). The project config is `<prefix>/.npmrc`; a .npmrc in a directory above a project
 * that is no workspace member is never read.
 */
import { isMember } from './load/index.js';
import { npmrcValue } from './load/npmrc.js';
import type { Manifest, Npmrc, NpmModel } from './model.js';

/** `a/b/c` → `a/b/c`, `a/b`, `a`, `''`. */
function* walkUp(dir: string): Generator<string> {
  let at = dir;
  for (;;) {
    yield at;
    if (at === '') return;
    const slash = at.lastIndexOf('/');
    at = slash < 0 ? '' : at.slice(0, slash);
  }
}

// The manifests and .npmrc files by directory, made once per model: npmPrefix and packageLockOffAt run
// for every manifest of a checkout (npm/lockfile-missing), so a lookup list per call would be quadratic.
interface ByDir {
  manifests: ReadonlyMap<string, Manifest>;
  npmrcs: ReadonlyMap<string, Npmrc>;
}
const byDirCache = new WeakMap<NpmModel, ByDir>();
function byDirOf(model: NpmModel): ByDir {
  let byDir = byDirCache.get(model);
  if (!byDir) {
    byDir = {
      manifests: new Map(model.manifests.map((m) => [m.dir, m])),
      // The first .npmrc of a directory, as `find` over the list gave.
      npmrcs: new Map([...model.npmrcs].reverse().map((n) => [n.dir, n])),
    };
    byDirCache.set(model, byDir);
  }
  return byDir;
}

/** npm's local prefix for a command run in `dir` (or for the package whose manifest is in `dir`), root-relative. */
export function npmPrefix(model: NpmModel, dir: string): string {
  const byDir = byDirOf(model).manifests;
  let local: Manifest | undefined;
  for (const at of walkUp(dir)) {
    local = byDir.get(at);
    if (local) break;
  }
  if (!local) return dir;
  if (local.dir === '') return '';
  for (const at of walkUp(local.dir)) {
    if (at === local.dir || !byDir.has(at)) continue;
    if (isMember(model, local, at)) return at;
  }
  return local.dir;
}

/** The project .npmrc npm reads for `dir`, with its `package-lock` line when it sets `package-lock=false`. */
export function packageLockOffAt(model: NpmModel, dir: string): { rc: Npmrc; line: number } | undefined {
  const prefix = npmPrefix(model, dir);
  const rc = byDirOf(model).npmrcs.get(prefix);
  const v = rc && npmrcValue(rc, 'package-lock');
  return rc && v?.value === 'false' ? { rc, line: v.line } : undefined;
}
