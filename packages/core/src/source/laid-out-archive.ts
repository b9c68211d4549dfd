/**
 * What TarSource and ZipSource share once an archive is laid out as its client would write it:
 * serving those files as a FileSource (the walk, reads by path) and the listing (`ArchiveSource`).
 */
import type { ArchiveFile, ArchiveKind, ArchiveLayout, ArchiveSkip } from './archive-layout.js';
import { settled, type FileSource, type ReadOutcome, type WalkOptions, type WalkResult } from './file-source.js';
import { ALWAYS_SKIPPED_DIRS } from './limits.js';

/** What every archive source offers besides `FileSource`: the listing the client would write. */
export interface ArchiveSource {
  readonly kind: ArchiveKind;
  entries(): readonly ArchiveFile[];
  skippedEntries(): readonly ArchiveSkip[];
}

export abstract class LaidOutArchive implements FileSource, ArchiveSource {
  private readonly byPath = new Map<string, ArchiveFile>();

  protected constructor(
    readonly root: string,
    readonly kind: ArchiveKind,
    private readonly layout: ArchiveLayout,
  ) {
    for (const f of layout.files) this.byPath.set(f.path, f);
  }

  /** The files the client would write, in its write order (see `ArchiveSource`). */
  entries(): readonly ArchiveFile[] {
    return this.layout.files;
  }

  /** Entries the client would not write as files (links, special files, refused paths). */
  skippedEntries(): readonly ArchiveSkip[] {
    return this.layout.skipped;
  }

  walk(options: WalkOptions): Promise<WalkResult> {
    return settled(() => walkArchive(this.layout, options));
  }

  read(path: string, maxBytes: number): Promise<ReadOutcome> {
    return settled(() => readArchiveFile(this.byPath.get(path), maxBytes));
  }
}

function walkArchive(layout: ArchiveLayout, options: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], skipped: [], skippedDirs: [] };
  const skippedDirs = new Set<string>();
  let count = 0;
  const sorted = [...layout.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    if (++count > options.limits.maxEntries) {
      result.skipped.push({
        path: '.',
        kind: 'entry-limit',
        detail: `the walk stopped after ${options.limits.maxEntries} entries (maxEntries); later files were not scanned`,
      });
      break;
    }
    const dirs = file.path.split('/').slice(0, -1);
    if (dirs.some((d) => ALWAYS_SKIPPED_DIRS.includes(d))) continue;
    const at = dirs.findIndex((d) => options.skipDirs.has(d));
    if (at >= 0) {
      skippedDirs.add(dirs.slice(0, at + 1).join('/'));
      if (!options.peek.includes(file.path.split('/').slice(at).join('/'))) continue;
    } else if (dirs.length > options.limits.maxDepth) {
      result.skipped.push({
        path: dirs.slice(0, options.limits.maxDepth + 1).join('/'),
        kind: 'depth-limit',
        detail: `directory deeper than ${options.limits.maxDepth} levels (maxDepth) was not entered`,
      });
      continue;
    }
    result.files.push({ path: file.path, size: file.data.byteLength });
  }
  for (const skip of layout.skipped) {
    if (skip.kind === 'symlink')
      result.skipped.push({ path: skip.path, kind: 'symlink', target: 'unknown', detail: skip.detail });
    else if (skip.kind === 'special')
      result.skipped.push({ path: skip.path, kind: 'special', detail: `not a regular file (${skip.detail})` });
    else
      result.skipped.push({
        path: skip.path,
        kind: 'refused-entry',
        detail: `archive entry not written: ${skip.detail}`,
      });
  }
  result.skippedDirs.push(...skippedDirs);
  return result;
}

function readArchiveFile(file: ArchiveFile | undefined, maxBytes: number): ReadOutcome {
  if (!file) return { ok: false, kind: 'unreadable', reason: 'no such file in the archive' };
  if (file.data.byteLength > maxBytes)
    return {
      ok: false,
      kind: 'limit',
      reason: `file is ${file.data.byteLength} bytes, over the ${maxBytes}-byte limit (maxFileBytes)`,
    };
  return { ok: true, bytes: file.data };
}
