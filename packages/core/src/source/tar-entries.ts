/**
 * The entries of a tar archive as node-tar reads them — the same library and major/minor the client
 * that installs these archives bundles (`tar` ^7.5, docs/decisions/0005), in list mode over a buffer,
 * never extracting. node-tar does the header work that client relies on: gzip (and zstd) detection, pax extended headers (`path`, `linkpath`, `size`),
 * GNU long names, base-256 numbers, checksums, and its decompression-ratio guard.
 *
 * Anything node-tar warns about while parsing (bad checksum, truncated input, not a tar, a zlib
 * error) is an `ArchiveError`: a package whose bytes cannot be read exactly is never scanned as
 * if it were smaller than it is.
 */
import { createRequire } from 'node:module';
import type * as Tar from 'tar';
import type { ReadEntry } from 'tar';
import { lazyLibrary } from '../library.js';

// node-tar is loaded when the first archive is read, not by every scan that imports the core (its
// module costs a one-file scan's start-up about a tenth of what inert adds to `node -e 0`; decision 0017).
const require = createRequire(import.meta.url);
const tar = lazyLibrary('tar', () => require('tar') as typeof Tar);

/** One entry in archive order, as node-tar reports it (before any client's path rules). */
export interface RawTarEntry {
  /** The path node-tar computed (pax `path`, GNU long name, ustar prefix + name). */
  path: string;
  /** node-tar's type name: `File`, `OldFile`, `ContiguousFile`, `Directory`, `SymbolicLink`, `Link`, `FIFO`, … */
  type: string;
  size: number;
  linkpath?: string;
  /** Content, for file types only. */
  data?: Uint8Array;
}

/** An archive that cannot be read exactly; the message names the archive. */
export class ArchiveError extends Error {
  constructor(
    readonly archive: string,
    readonly reason: string,
  ) {
    super(`cannot read the archive ${archive}: ${reason}`);
    this.name = 'ArchiveError';
  }
}

export interface ArchiveLimits {
  /** Total bytes of entry content accepted (uncompressed). */
  maxBytes: number;
  /** Entries accepted. */
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxBytes: 512 * 1024 * 1024, maxEntries: 200_000 };

/** node-tar's file types (pacote keeps entries whose type matches /File$/). */
export const isFileType = (type: string): boolean => /File$/.test(type);

const CHUNK = 64 * 1024;

/** Every entry of a tar (optionally gzip/zstd-compressed) held in memory, in archive order. */
export function readTarEntries(
  bytes: Uint8Array,
  archive: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): RawTarEntry[] {
  if (bytes.byteLength === 0) throw new ArchiveError(archive, 'the file is empty');
  const entries: RawTarEntry[] = [];
  let total = 0;
  let failure: string | undefined;
  const fail = (reason: string) => {
    failure ??= reason;
  };
  const parser = new (tar().Parser)({
    onwarn: (code: string, message: string | Error) =>
      fail(`${code}: ${message instanceof Error ? message.message : message}`),
    onReadEntry: (entry: ReadEntry) => {
      if (failure !== undefined) return entry.resume();
      if (entries.length >= limits.maxEntries) {
        fail(`more than ${limits.maxEntries} entries`);
        parser.abort(new Error(failure));
        return entry.resume();
      }
      // Paths count too: a pax header can make each one up to 1 MiB.
      if (entry.size + entry.path.length + 512 > limits.maxBytes - total) {
        fail(`more than ${limits.maxBytes} bytes of content (entry "${entry.path}" declares ${entry.size})`);
        parser.abort(new Error(failure));
        return entry.resume();
      }
      total += entry.size + entry.path.length + 512;
      const record: RawTarEntry = { path: entry.path, type: entry.type, size: entry.size };
      if (entry.linkpath !== undefined) record.linkpath = entry.linkpath;
      entries.push(record);
      if (!isFileType(entry.type)) return entry.resume();
      const chunks: Buffer[] = [];
      let received = 0;
      entry.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.byteLength;
      });
      entry.on('end', () => {
        record.data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
      });
    },
  });
  parser.on('error', (error: Error) => fail(error.message));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    // Written in chunks so an abort (a limit hit) stops decompression early.
    for (let offset = 0; offset < buffer.byteLength && failure === undefined; offset += CHUNK) {
      parser.write(buffer.subarray(offset, offset + CHUNK));
    }
    if (failure === undefined) parser.end();
  } catch (error) {
    // A decompressor the runtime lacks (zstd before Node 22.15) throws instead of warning.
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure !== undefined) throw new ArchiveError(archive, failure);
  const short = entries.find((e) => isFileType(e.type) && (e.data?.byteLength ?? 0) !== e.size);
  if (short)
    throw new ArchiveError(
      archive,
      `entry "${short.path}" is truncated (${short.data?.byteLength ?? 0} of ${short.size} bytes)`,
    );
  if (entries.length === 0) throw new ArchiveError(archive, 'no entries (not a tar archive, or an empty one)');
  return entries;
}
