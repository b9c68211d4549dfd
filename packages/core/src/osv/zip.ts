/** A minimal, bounded ZIP reader (stored and deflate entries) for OSV bulk exports. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Yields the entries of a ZIP; refuses ZIP64, encryption and entries over `maxEntryBytes`. */
export function* readZip(zip: Buffer, maxEntryBytes: number): Generator<ZipEntry | { name: string; error: string }> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a ZIP file (no end of central directory)');
  if (eocd + 22 > zip.length) throw new Error('corrupt ZIP: truncated end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported; unzip it and pass the directory');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt ZIP central directory at entry ${i}`);
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extra + comment;
    if (name.endsWith('/')) continue;
    if (flags & 1) { yield { name, error: 'encrypted entry' }; continue; }
    if (size > maxEntryBytes) { yield { name, error: `entry is ${size} bytes, over the ${maxEntryBytes}-byte limit` }; continue; }
    if (local + 30 > zip.length) { yield { name, error: 'corrupt ZIP: local header outside the archive' }; continue; }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    try {
      if (method === 0) yield { name, data: raw };
      else if (method === 8) yield { name, data: inflateRawSync(raw, { maxOutputLength: maxEntryBytes }) };
      else yield { name, error: `compression method ${method} is not supported` };
    } catch (error) {
      yield { name, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
