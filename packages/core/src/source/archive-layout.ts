/**
 * Which entries of a package archive its client would write, and where: each client's rules for
 * the prefix it strips, the entry types it skips, the paths it refuses, and the overwrite order
 * (the last entry of a path wins, as each client writes entries in archive order). Sources of
 * each rule are in docs/security.md ("Archives, per client").
 */
import { posix } from 'node:path';
import { isFileType, type RawTarEntry } from './tar-entries.js';

export type ArchiveKind = 'npm' | 'sdist' | 'crate' | 'gem' | 'wheel';

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
 * npm (pacote 21 `FetcherBase#tarxOptions` → node-tar `Unpack`): links are filtered out, only
 * `/File$/` types are written (directories are implied), `.gitignore` becomes `.npmignore` unless a
 * `.npmignore` came first in the same directory, `strip: 1` drops the first path segment whatever its
 * name, a path with a `..` segment is skipped, a leading `/` is stripped, and an entry resolving to
 * the package root itself is skipped.
 */
export function npmLayout(entries: readonly RawTarEntry[]): ArchiveLayout {
  const out = new Writer();
  const sawIgnores = new Set<string>();
  // Skips are reported where npm would have written them (the first segment stripped).
  const shown = (path: string) => path.split('/').slice(1).join('/') || path;
  entries.forEach((entry, index) => {
    if (/Link$/.test(entry.type))
      return out.skip(
        shown(entry.path),
        'symlink',
        `${entry.type === 'Link' ? 'hard' : 'symbolic'} link to ${entry.linkpath ?? '?'}: npm does not write links from a package archive`,
      );
    if (!isFileType(entry.type)) {
      if (entry.type !== 'Directory')
        out.skip(shown(entry.path), 'special', `${entry.type} entry: npm does not write it`);
      return;
    }
    let path = entry.path;
    const base = posix.basename(path);
    if (base === '.npmignore') sawIgnores.add(path);
    else if (base === '.gitignore') {
      const renamed = path.replace(/\.gitignore$/, '.npmignore');
      if (sawIgnores.has(renamed)) return;
      path = renamed;
    }
    const parts = path.split('/');
    parts.splice(0, 1);
    const stripped = parts.join('/');
    if (stripped === '') return;
    if (parts.length > 1024)
      return out.skip(shown(entry.path), 'refused', 'path deeper than 1024 segments: npm (node-tar) skips it');
    if (stripped.replace(/^\/+/, '').split('/').includes('..'))
      return out.skip(shown(entry.path), 'refused', "path contains '..': npm (node-tar) skips it");
    out.write(stripped, entry, index);
  });
  return out.done();
}

/**
 * pip (`pip._internal.utils.unpacking.untar_file`): the leading directory is stripped only when every
 * member shares it; `tarfile.data_filter` (PEP 706) refuses absolute paths, paths leaving the
 * destination, special files and links leaving it — pip turns that into an InstallationError for the
 * whole sdist. Links inside the tree are written; inert reports them and never follows them.
 */
export function sdistLayout(entries: readonly RawTarEntry[]): ArchiveLayout {
  return refusingLayout(
    entries,
    hasLeadingDir(entries) ? 1 : 0,
    'pip refuses to unpack the whole sdist (tarfile data_filter)',
  );
}

/** Cargo: every entry must sit under `<name>-<version>/`, stripped; other entries make cargo reject the crate. */
export function crateLayout(entries: readonly RawTarEntry[]): ArchiveLayout {
  return refusingLayout(entries, hasLeadingDir(entries) ? 1 : 0, 'cargo refuses to unpack the crate');
}

/** RubyGems (`Gem::Package#extract_tar_gz`): data.tar.gz paths as they are; absolute or escaping paths raise Gem::Package::PathError. */
export function gemDataLayout(entries: readonly RawTarEntry[]): ArchiveLayout {
  return refusingLayout(entries, 0, 'RubyGems refuses to install the gem (Gem::Package::PathError)');
}

function refusingLayout(entries: readonly RawTarEntry[], strip: number, refusal: string): ArchiveLayout {
  const out = new Writer();
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
function hasLeadingDir(entries: readonly RawTarEntry[]): boolean {
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
class Writer {
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
