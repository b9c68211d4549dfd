/**
 * Which entries of a package archive its client would write, and where. The generic part lives here
 * (a writer that applies the last-write-wins order and the filesystem's refusals, and the layout of
 * a client that writes entries as they are and refuses paths leaving the root); each client's own
 * rules (the prefix it strips, the names it renames) come from its plugin's `ArchiveFormat`
 * (archive-format.ts). Sources of each rule are in docs/security.md ("Archives, per client").
 */
import { posix } from 'node:path';
import { isFileType, type RawTarEntry } from './tar-entries.js';

/** The id of an archive format, as the plugin that supplies it names it. */
export type ArchiveKind = string;

/** A file the client would write, with the archive entry it came from. */
export interface ArchiveFile {
  /** Where the client writes it, relative to the package root. */
  path: string;
  /** The entry's path in the archive, as read (before stripping). */
  entryPath: string;
  /** Position of the entry in the archive (0-based), after earlier entries of the same path. */
  index: number;
  data: Uint8Array;
}

/** An entry the client does not write as a regular file, and why. */
export interface ArchiveSkip {
  path: string;
  kind: 'symlink' | 'special' | 'refused';
  detail: string;
}

export interface ArchiveLayout {
  /** The files, in the order the client finishes writing them (an overwritten path moves to its last write). */
  files: ArchiveFile[];
  skipped: ArchiveSkip[];
}

/**
 * The layout of a client that writes entries where their paths say (after stripping `strip` leading
 * segments), refuses absolute paths and paths with a `..` segment, writes no special file and follows
 * no link (reported, never followed). `refusal` says what the client does then, for the skip details.
 */
export function refusingLayout(entries: readonly RawTarEntry[], strip: number, refusal: string): ArchiveLayout {
  const out = new ArchiveWriter();
  entries.forEach((entry, index) => {
    const parts = entry.path.split('/').slice(strip);
    const rel = parts.join('/');
    if (entry.path.startsWith('/') || parts.includes('..'))
      return out.skip(entry.path, 'refused', `path is absolute or leaves the package root: ${refusal}`);
    if (entry.type === 'Directory' || rel === '' || rel === '/') return;
    if (/Link$/.test(entry.type))
      return out.skip(
        rel,
        'symlink',
        `${entry.type === 'Link' ? 'hard' : 'symbolic'} link to ${entry.linkpath ?? '?'} not followed`,
      );
    if (!isFileType(entry.type)) return out.skip(rel, 'special', `${entry.type} entry: ${refusal}`);
    out.write(rel, entry, index);
  });
  return out.done();
}

/** True when every entry's path starts with the same first segment followed by `/` (or is that directory). */
export function hasLeadingDir(entries: readonly RawTarEntry[]): boolean {
  let lead: string | undefined;
  for (const e of entries) {
    const [first, ...rest] = e.path.split('/');
    if (rest.length === 0 && e.type !== 'Directory') return false;
    if (lead === undefined) lead = first;
    else if (first !== lead) return false;
  }
  return lead !== undefined && lead !== '';
}

/** Files by normalised path, last write wins; a later write moves the path to the end of the order. */
export class ArchiveWriter {
  private readonly files = new Map<string, ArchiveFile>();
  private readonly skipped: ArchiveSkip[] = [];
  // A trie of path segments: linear in the path's length to find a file where a directory is needed
  // (or a directory where a file is written), whatever the depth.
  private readonly tree: TreeNode = { children: new Map() };

  skip(path: string, kind: ArchiveSkip['kind'], detail: string): void {
    this.skipped.push({ path, kind, detail });
  }

  write(rel: string, entry: RawTarEntry, index: number): void {
    // As the filesystem resolves it: `a//b`, `./a`, `a/./b` and a leading `/` name the same file.
    const path = posix.normalize(`/${rel}`).slice(1).replace(/\/$/, '');
    if (path === '') return;
    const segments = path.split('/');
    let node = this.tree;
    for (const [i, segment] of segments.entries()) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { children: new Map() }));
      if (i < segments.length - 1 && next.file) {
        return this.skip(
          entry.path,
          'refused',
          `a parent directory is a file written earlier (${segments.slice(0, i + 1).join('/')}): the write fails`,
        );
      }
      node = next;
    }
    if (node.children.size > 0)
      return this.skip(entry.path, 'refused', 'a directory of files already written is at this path: the write fails');
    node.file = true;
    this.files.delete(path);
    this.files.set(path, { path, entryPath: entry.path, index, data: entry.data ?? new Uint8Array() });
  }

  done(): ArchiveLayout {
    return { files: [...this.files.values()], skipped: this.skipped };
  }
}

interface TreeNode {
  children: Map<string, TreeNode>;
  file?: boolean;
}
