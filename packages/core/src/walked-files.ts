/**
 * The walk's regular files, looked up by path (issue #25, docs/decisions/0018). A scan reads the few
 * files plugins claim; a `Map` of every walked path (100,000 in a large tree) cost more than the walk
 * itself, most of it flattening and hashing path strings nobody asks about. So the claimed files are
 * indexed first, and every walked path only when a plugin asks about a file it did not claim (a hook
 * script a manifest names, a file a workflow reads).
 */
import type { ClaimedFile } from './files.js';
import type { WalkResult } from './source/file-source.js';

export class WalkedFiles {
  private readonly claimed = new Map<string, number | undefined>();
  private all: Map<string, number | undefined> | undefined;

  constructor(
    private readonly walk: Pick<WalkResult, 'files' | 'runs'>,
    claims: readonly (readonly ClaimedFile[])[],
  ) {
    // A claim of a skipped path (a symlink, a special file) is not a walked regular file.
    for (const list of claims) for (const c of list) if (c.skipped === undefined) this.claimed.set(c.path, c.size);
  }

  has(path: string): boolean {
    return this.claimed.has(path) || this.index().has(path);
  }

  /** The size the walk recorded, when it recorded one. */
  size(path: string): number | undefined {
    return this.claimed.has(path) ? this.claimed.get(path) : this.index().get(path);
  }

  /** The walked files among `paths`, in walk order. Compares lengths first: most walked paths are never hashed. */
  inWalkOrder(paths: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    if (paths.size === 0) return out;
    const lengths = new Set<number>();
    for (const p of paths) lengths.add(p.length);
    if (this.walk.runs)
      for (const { dir, names } of this.walk.runs) {
        const prefix = dir === '' ? '' : `${dir}/`;
        for (const name of names)
          if (lengths.has(prefix.length + name.length) && paths.has(prefix + name)) out.add(prefix + name);
      }
    else for (const f of this.walk.files) if (lengths.has(f.path.length) && paths.has(f.path)) out.add(f.path);
    return out;
  }

  private index(): Map<string, number | undefined> {
    if (!this.all) {
      this.all = new Map();
      for (const f of this.walk.files) this.all.set(f.path, f.size);
    }
    return this.all;
  }
}
