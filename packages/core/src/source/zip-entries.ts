/**
 * The entries of a ZIP held in memory, read with yauzl (docs/decisions/0005-archive-readers.md): the central
 * directory is the authority (as Python's zipfile, which the installing client uses), entry sizes are
 * checked against what inflating produces, bad file names (absolute, `..`, and backslashes, which
 * Python's zipfile keeps as part of the name on POSIX but yauzl would turn into `/`) and encrypted
 * entries are errors, and
 * every entry is size-capped before it is inflated.
 */
import { createRequire } from 'node:module';
import type * as Yauzl from 'yauzl';
import { lazyLibrary } from '../library.js';

// yauzl is loaded when the first zip is read (decision 0017), as node-tar is.
const require = createRequire(import.meta.url);
const yauzl = lazyLibrary('yauzl', () => require('yauzl') as typeof Yauzl);

export interface RawZipEntry {
  name: string;
  data: Uint8Array;
}

export interface ZipLimits {
  /** Largest uncompressed entry. */
  maxEntryBytes: number;
  /** Total uncompressed bytes. */
  maxBytes: number;
  maxEntries: number;
}

/** An unreadable ZIP: the message says what is wrong, never the content. */
export class ZipError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ZipError';
  }
}

/** Every file entry (directories omitted), in central-directory order. Rejects with `ZipError`. */
export async function readZipEntries(
  zip: Uint8Array,
  limits: ZipLimits,
  accept: (name: string) => boolean = () => true,
): Promise<RawZipEntry[]> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const lib = yauzl();
  const file = await new Promise<Yauzl.ZipFile>((resolve, reject) => {
    lib.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true },
      (error, z) => (error ? reject(new ZipError(error.message)) : resolve(z)),
    );
  });
  if (file.entryCount > limits.maxEntries)
    throw new ZipError(`${file.entryCount} entries, over the limit of ${limits.maxEntries}`);
  const entries: RawZipEntry[] = [];
  let total = 0;
  return await new Promise<RawZipEntry[]>((resolve, reject) => {
    const fail = (reason: string) => {
      file.close();
      reject(new ZipError(reason));
    };
    file.on('error', (error: Error) => fail(error.message));
    file.on('end', () => resolve(entries));
    file.on('entry', (entry: Yauzl.Entry) => {
      if (entry.fileName.endsWith('/') || !accept(entry.fileName)) return file.readEntry();
      if (entry.uncompressedSize > limits.maxEntryBytes)
        return fail(
          `entry "${entry.fileName}" is ${entry.uncompressedSize} bytes, over the ${limits.maxEntryBytes}-byte limit`,
        );
      if (entry.uncompressedSize > limits.maxBytes - total)
        return fail(`more than ${limits.maxBytes} bytes uncompressed`);
      total += entry.uncompressedSize;
      file.openReadStream(entry, (error, stream) => {
        if (error) return fail(`entry "${entry.fileName}": ${error.message}`);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', (e: Error) => fail(`entry "${entry.fileName}": ${e.message}`));
        stream.on('end', () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
}
