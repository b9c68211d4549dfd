/**
 * TarSource: scan a package archive in memory, never extracting it — npm `.tgz`, PyPI `.tar.gz`
 * sdists, `.crate`, and RubyGems `.gem` (a tar whose `data.tar.gz` holds the files). node-tar reads
 * the entries (tar-entries.ts); the client's own rules decide which files it would write
 * (archive-layout.ts). A malformed archive is an `ArchiveError` thrown by the constructor.
 */
import {
  crateLayout,
  gemDataLayout,
  npmLayout,
  sdistLayout,
  type ArchiveKind,
  type ArchiveLayout,
} from './archive-layout.js';
import { LaidOutArchive } from './laid-out-archive.js';
import {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  isFileType,
  readTarEntries,
  type ArchiveLimits,
  type RawTarEntry,
} from './tar-entries.js';

export interface TarSourceOptions {
  /** Whose rules to read the archive with; by default from the name (`.gem`, `.crate`, `.tgz`) and content. */
  kind?: Exclude<ArchiveKind, 'wheel'>;
  limits?: Partial<ArchiveLimits>;
}

export class TarSource extends LaidOutArchive {
  /** `bytes`: the archive as found (compressed or not); `name`: what to call it in reports and errors. */
  constructor(bytes: Uint8Array, name: string, options: TarSourceOptions = {}) {
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
    const entries = readTarEntries(bytes, name, limits);
    const kind = options.kind ?? detectKind(name, entries);
    super(name, kind, layoutFor(kind, entries, name, limits));
  }
}

function detectKind(name: string, entries: readonly RawTarEntry[]): Exclude<ArchiveKind, 'wheel'> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gem')) return 'gem';
  if (lower.endsWith('.crate')) return 'crate';
  if (lower.endsWith('.tgz')) return 'npm';
  const names = new Set(entries.map((e) => e.path));
  if (names.has('data.tar.gz') && names.has('metadata.gz')) return 'gem';
  if (names.has('package/package.json')) return 'npm';
  return 'sdist';
}

function layoutFor(
  kind: ArchiveKind,
  entries: readonly RawTarEntry[],
  name: string,
  limits: ArchiveLimits,
): ArchiveLayout {
  switch (kind) {
    case 'npm':
      return npmLayout(entries);
    case 'crate':
      return crateLayout(entries);
    case 'gem':
      return gemLayout(entries, name, limits);
    default:
      return sdistLayout(entries);
  }
}

/**
 * A .gem is an uncompressed tar of metadata.gz, data.tar.gz and checksums.yaml.gz; the installed
 * files come from data.tar.gz. Each must appear once: a second copy is ambiguous (RubyGems' verify
 * rejects duplicate entries), so it is an error, as is a missing data.tar.gz.
 */
function gemLayout(outer: readonly RawTarEntry[], name: string, limits: ArchiveLimits): ArchiveLayout {
  for (const wanted of ['data.tar.gz', 'metadata.gz']) {
    const copies = outer.filter((e) => e.path === wanted);
    if (copies.length === 0) throw new ArchiveError(name, `not a gem: no ${wanted}`);
    if (copies.length > 1) throw new ArchiveError(name, `${wanted} appears ${copies.length} times`);
    if (!isFileType(copies[0]!.type)) throw new ArchiveError(name, `${wanted} is not a regular file`);
  }
  const data = outer.find((e) => e.path === 'data.tar.gz')!;
  return gemDataLayout(readTarEntries(data.data!, `${name}!data.tar.gz`, limits));
}

export type { ArchiveSource } from './laid-out-archive.js';
