/**
 * A package-archive format, supplied by the plugin whose client installs it (`Plugin.archives`), as
 * `Plugin.osv` supplies OSV's view: the core reads the container (tar with node-tar, ZIP with yauzl)
 * and picks the format; the format says which entries its client would write, and where.
 */
import type { ArchiveLayout } from './archive-layout.js';
import { ArchiveError, type ArchiveLimits, type RawTarEntry } from './tar-entries.js';

export interface ArchiveFormat {
  /** The format's id, reported as `ArchiveSource.kind`. */
  kind: string;
  /** How the archive is stored. ZIP entries reach `layout` as `File` entries in central-directory order. */
  container: 'tar' | 'zip';
  /** File-name endings (lower case, with the dot) that name this format whatever the content. */
  suffixes?: readonly string[];
  /** Whether the entry paths show this format, for a name no suffix claims. */
  recognise?(paths: ReadonlySet<string>): boolean;
  /** The format for an archive of this container that nothing else claims (the first plugin's wins). */
  fallback?: boolean;
  /**
   * The files the client would write. Throws `ArchiveError` when the client would refuse the whole
   * archive (or it is not of this format after all); `context.readTar` reads a nested tar.
   */
  layout(entries: readonly RawTarEntry[], context: ArchiveContext): ArchiveLayout;
}

/** What a format's layout may need besides the entries. */
export interface ArchiveContext {
  /** The archive's name, for errors. */
  name: string;
  limits: ArchiveLimits;
  /** Reads a tar held in an entry (under the same limits), naming it `name` in errors. */
  readTar: (bytes: Uint8Array, name: string) => RawTarEntry[];
}

/** What supplies archive formats: the plugins of the scan (only their `archives` are read). */
export interface ArchiveFormatSupplier {
  archives?: readonly ArchiveFormat[];
}

/** The formats of `plugins` stored in `container`, in plugin order. */
export function archiveFormats(
  plugins: readonly ArchiveFormatSupplier[],
  container: ArchiveFormat['container'],
): ArchiveFormat[] {
  return plugins.flatMap((p) => p.archives ?? []).filter((f) => f.container === container);
}

/**
 * The format an archive is read with: the one a file-name suffix names, else the first whose
 * `recognise` sees its entries, else the container's fallback. None: an `ArchiveError` (an archive
 * no plugin can lay out is never scanned as something it is not).
 */
export function pickFormat(
  name: string,
  paths: () => ReadonlySet<string>,
  formats: readonly ArchiveFormat[],
  kind?: string,
): ArchiveFormat {
  if (kind !== undefined) {
    const named = formats.find((f) => f.kind === kind);
    if (!named) throw new ArchiveError(name, `no plugin of the scan reads archives of kind "${kind}"`);
    return named;
  }
  const lower = name.toLowerCase();
  const bySuffix = formats.find((f) => f.suffixes?.some((s) => lower.endsWith(s)));
  if (bySuffix) return bySuffix;
  const seen = paths();
  const byContent = formats.find((f) => f.recognise?.(seen));
  if (byContent) return byContent;
  const fallback = formats.find((f) => f.fallback);
  if (fallback) return fallback;
  const known = formats.map((f) => f.kind).join(', ') || 'none';
  throw new ArchiveError(name, `no plugin of the scan reads this kind of archive (formats: ${known})`);
}
