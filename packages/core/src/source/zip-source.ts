/**
 * ZipSource: a Python wheel (`.whl`) scanned in memory. pip installs a wheel's entries by their
 * names in the ZIP's central directory (`pip._internal.operations.install.wheel`), no prefix
 * stripped, refusing any path outside the target (yauzl rejects absolute and `..` names, so such a
 * wheel is an error here too). A later entry of the same name wins, as pip writes in order.
 */
import type { ArchiveFile, ArchiveLayout, ArchiveSkip } from './archive-layout.js';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './tar-entries.js';
import { LaidOutArchive } from './laid-out-archive.js';
import { readZipEntries } from './zip-entries.js';

export class ZipSource extends LaidOutArchive {
  declare readonly kind: 'wheel';

  private constructor(root: string, layout: ArchiveLayout) {
    super(root, 'wheel', layout);
  }

  /** Reads the wheel; rejects with an `ArchiveError` naming it when it is not a readable ZIP. */
  static async open(bytes: Uint8Array, name: string, limits: Partial<ArchiveLimits> = {}): Promise<ZipSource> {
    const max = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
    if (bytes.byteLength === 0) throw new ArchiveError(name, 'the file is empty');
    let raw;
    try {
      raw = await readZipEntries(bytes, {
        maxBytes: max.maxBytes,
        maxEntryBytes: max.maxBytes,
        maxEntries: max.maxEntries,
      });
    } catch (error) {
      throw new ArchiveError(name, error instanceof Error ? error.message : String(error));
    }
    if (raw.length === 0) throw new ArchiveError(name, 'no files in the archive');
    const files = new Map<string, ArchiveFile>();
    const skipped: ArchiveSkip[] = [];
    raw.forEach((entry, index) => {
      // An empty name is the install directory itself: nothing pip could write there.
      if (entry.name === '') {
        skipped.push({ path: '(empty name)', kind: 'refused', detail: 'entry with an empty name' });
        return;
      }
      files.delete(entry.name);
      files.set(entry.name, { path: entry.name, entryPath: entry.name, index, data: entry.data });
    });
    return new ZipSource(name, { files: [...files.values()], skipped });
  }
}
