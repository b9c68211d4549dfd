/**
 * ZipSource: a ZIP package archive scanned in memory. yauzl reads the central directory
 * (zip-entries.ts: absolute and `..` names are errors); the format a plugin supplies for it decides
 * which files its client would write.
 */
import { archiveFormats, pickFormat } from './archive-format.js';
import { LaidOutArchive } from './laid-out-archive.js';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, readTarEntries, type RawTarEntry } from './tar-entries.js';
import type { TarSourceOptions } from './tar-source.js';
import { readZipEntries } from './zip-entries.js';

export class ZipSource extends LaidOutArchive {
  /** Reads the archive; rejects with an `ArchiveError` naming it when it is not a readable ZIP or no plugin reads it. */
  static async open(bytes: Uint8Array, name: string, options: TarSourceOptions): Promise<ZipSource> {
    const max = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
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
    const entries: RawTarEntry[] = raw.map((e) => ({
      path: e.name,
      type: 'File',
      size: e.data.byteLength,
      data: e.data,
    }));
    const format = pickFormat(
      name,
      () => new Set(entries.map((e) => e.path)),
      archiveFormats(options.plugins, 'zip'),
      options.kind,
    );
    const layout = format.layout(entries, {
      name,
      limits: max,
      readTar: (nested, nestedName) => readTarEntries(nested, nestedName, max),
    });
    return new ZipSource(name, format.kind, layout);
  }
}
