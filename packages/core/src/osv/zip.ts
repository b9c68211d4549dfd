/** OSV bulk exports (`all.zip`) read with the project's one ZIP reader (source/zip-entries.ts, yauzl). */
import { readZipEntries, ZipError } from '../source/zip-entries.js';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * The file entries of a ZIP (directories omitted), in central-directory order. A malformed ZIP, an encrypted entry, a size that does not match its
 * content or an entry over `maxEntryBytes` rejects the whole file: a database read in part would
 * look like "no advisory" for the packages it lost.
 */
export async function readZip(zip: Buffer, maxEntryBytes: number): Promise<ZipEntry[]> {
  const entries = await readZipEntries(zip, {
    maxEntryBytes,
    maxBytes: Number.MAX_SAFE_INTEGER,
    maxEntries: 2_000_000,
  });
  return entries.map((e) => ({ name: e.name, data: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) }));
}

export { ZipError };
