/**
 * TarSource: scan a package archive in memory, never extracting it. node-tar reads the entries
 * (tar-entries.ts); the format a plugin supplies for the archive (by file name or content, see
 * archive-format.ts) decides which files its client would write. A malformed archive, or one no
 * plugin of the scan reads, is an `ArchiveError` thrown by the constructor.
 */
import { archiveFormats, pickFormat, type ArchiveFormatSupplier } from './archive-format.js';
import { LaidOutArchive } from './laid-out-archive.js';
import { DEFAULT_ARCHIVE_LIMITS, readTarEntries, type ArchiveLimits } from './tar-entries.js';

export interface TarSourceOptions {
  /** The plugins whose archive formats may read it (the scan's plugins). */
  plugins: readonly ArchiveFormatSupplier[];
  /** Which format to read it with (an `ArchiveFormat.kind`); by default from the name and content. */
  kind?: string;
  limits?: Partial<ArchiveLimits>;
}

export class TarSource extends LaidOutArchive {
  /** `bytes`: the archive as found (compressed or not); `name`: what to call it in reports and errors. */
  constructor(bytes: Uint8Array, name: string, options: TarSourceOptions) {
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
    const entries = readTarEntries(bytes, name, limits);
    const format = pickFormat(
      name,
      () => new Set(entries.map((e) => e.path)),
      archiveFormats(options.plugins, 'tar'),
      options.kind,
    );
    const layout = format.layout(entries, {
      name,
      limits,
      readTar: (nested, nestedName) => readTarEntries(nested, nestedName, limits),
    });
    super(name, format.kind, layout);
  }
}

export type { ArchiveSource } from './laid-out-archive.js';
