/**
 * TarSource: scan a package archive in memory, never extracting it — npm `.tgz`, PyPI `.tar.gz`
 * sdists, `.crate`, and RubyGems `.gem` (a tar whose `data.tar.gz` holds the files). node-tar reads
 * the entries (tar-entries.ts); the client's own rules decide which files it would write
 * (archive-layout.ts). A malformed archive is an `ArchiveError` thrown by the constructor.
 */
import type { FileSource, ReadOutcome, WalkOptions, WalkResult } from './file-source.js';
import { ALWAYS_SKIPPED_DIRS } from './limits.js';
import { crateLayout, gemDataLayout, npmLayout, sdistLayout, type ArchiveFile, type ArchiveKind, type ArchiveLayout, type ArchiveSkip } from './archive-layout.js';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, isFileType, readTarEntries, type ArchiveLimits, type RawTarEntry } from './tar-entries.js';

export interface TarSourceOptions {
  /** Whose rules to read the archive with; by default from the name (`.gem`, `.crate`, `.tgz`) and content. */
  kind?: Exclude<ArchiveKind, 'wheel'>;
  limits?: Partial<ArchiveLimits>;
}

export class TarSource implements FileSource, ArchiveSource {
  readonly root: string;
  readonly kind: ArchiveKind;
  private readonly layout: ArchiveLayout;
  private readonly byPath = new Map<string, ArchiveFile>();

  /** `bytes`: the archive as found (compressed or not); `name`: what to call it in reports and errors. */
  constructor(bytes: Uint8Array, name: string, options: TarSourceOptions = {}) {
    this.root = name;
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
    const entries = readTarEntries(bytes, name, limits);
    this.kind = options.kind ?? detectKind(name, entries);
    this.layout = layoutFor(this.kind, entries, name, limits);
    for (const f of this.layout.files) this.byPath.set(f.path, f);
  }

  /** The files the client would write, in its write order (see `ArchiveSource`). */
  entries(): readonly ArchiveFile[] {
    return this.layout.files;
  }

  /** Entries the client would not write as files (links, special files, refused paths). */
  skippedEntries(): readonly ArchiveSkip[] {
    return this.layout.skipped;
  }

  async walk(options: WalkOptions): Promise<WalkResult> {
    return walkArchive(this.layout, options);
  }

  async read(path: string, maxBytes: number): Promise<ReadOutcome> {
    return readArchiveFile(this.byPath.get(path), maxBytes);
  }
}

/** What every archive source offers besides `FileSource`: the listing the client would write. */
export interface ArchiveSource {
  readonly kind: ArchiveKind;
  entries(): readonly ArchiveFile[];
  skippedEntries(): readonly ArchiveSkip[];
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

function layoutFor(kind: ArchiveKind, entries: readonly RawTarEntry[], name: string, limits: ArchiveLimits): ArchiveLayout {
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

export function walkArchive(layout: ArchiveLayout, options: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], skipped: [], skippedDirs: [] };
  const skippedDirs = new Set<string>();
  let count = 0;
  const sorted = [...layout.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    if (++count > options.limits.maxEntries) {
      result.skipped.push({ path: '.', kind: 'entry-limit', detail: `the walk stopped after ${options.limits.maxEntries} entries (maxEntries); later files were not scanned` });
      break;
    }
    const dirs = file.path.split('/').slice(0, -1);
    if (dirs.some((d) => ALWAYS_SKIPPED_DIRS.includes(d))) continue;
    const at = dirs.findIndex((d) => options.skipDirs.has(d));
    if (at >= 0) {
      skippedDirs.add(dirs.slice(0, at + 1).join('/'));
      if (!options.peek.includes(file.path.split('/').slice(at).join('/'))) continue;
    } else if (dirs.length > options.limits.maxDepth) {
      result.skipped.push({ path: dirs.slice(0, options.limits.maxDepth + 1).join('/'), kind: 'depth-limit', detail: `directory deeper than ${options.limits.maxDepth} levels (maxDepth) was not entered` });
      continue;
    }
    result.files.push({ path: file.path, size: file.data.byteLength });
  }
  for (const skip of layout.skipped) {
    if (skip.kind === 'symlink') result.skipped.push({ path: skip.path, kind: 'symlink', target: 'unknown', detail: skip.detail });
    else if (skip.kind === 'special') result.skipped.push({ path: skip.path, kind: 'special', detail: `not a regular file (${skip.detail})` });
    else result.skipped.push({ path: skip.path, kind: 'refused-entry', detail: `archive entry not written: ${skip.detail}` });
  }
  result.skippedDirs.push(...skippedDirs);
  return result;
}

export function readArchiveFile(file: ArchiveFile | undefined, maxBytes: number): ReadOutcome {
  if (!file) return { ok: false, kind: 'unreadable', reason: 'no such file in the archive' };
  if (file.data.byteLength > maxBytes) return { ok: false, kind: 'limit', reason: `file is ${file.data.byteLength} bytes, over the ${maxBytes}-byte limit (maxFileBytes)` };
  return { ok: true, bytes: file.data };
}
