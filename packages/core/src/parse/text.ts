/** Decoding file bytes to text: UTF-8 (BOM stripped) or UTF-16 with a BOM; anything else is a problem. */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Parsed } from './problem.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as text; invalid UTF-8 is reported with the byte offset, never replaced silently. */
export function decodeText(bytes: Uint8Array, file: string): Parsed<string> {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { ok: true, value: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { ok: true, value: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    // isUtf8 (simdutf) then a plain decode is several times faster than the fatal TextDecoder on big
    // lockfiles; the result is the same: the BOM stripped, invalid input refused below.
    if (isUtf8(bytes)) {
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return {
        ok: true,
        value: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8'),
      };
    }
    return { ok: true, value: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: {
        file,
        kind: 'encoding',
        reason: `not valid UTF-8 (first invalid byte at offset ${offset}); save the file as UTF-8`,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
