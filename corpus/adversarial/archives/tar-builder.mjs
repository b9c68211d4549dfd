// Builds tar archives byte by byte, so tests can write what no well-behaved tool writes: pax
// headers that override the ustar size, base-256 and negative sizes, bad checksums, duplicates,
// `..` paths. Test data only; the engine reads archives with node-tar.
import { gzipSync } from 'node:zlib';

const field = (buf, offset, length, text) => buf.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'utf8');
const octal = (n, length) => `${n.toString(8).padStart(length - 1, '0')}\0`;

/**
 * One 512-byte header. `size` is written as octal unless `sizeBytes` (12 raw bytes, e.g. base-256)
 * is given; `checksum: false` writes a wrong checksum.
 */
export function header({ name, size = 0, type = '0', linkname = '', prefix = '', sizeBytes, checksum = true }) {
  const buf = Buffer.alloc(512);
  field(buf, 0, 100, name);
  field(buf, 100, 8, '0000644\0');
  field(buf, 108, 8, '0000000\0');
  field(buf, 116, 8, '0000000\0');
  if (sizeBytes) Buffer.from(sizeBytes).copy(buf, 124, 0, 12);
  else field(buf, 124, 12, octal(size, 12));
  field(buf, 136, 12, octal(0, 12));
  buf.fill(0x20, 148, 156);
  field(buf, 156, 1, type);
  field(buf, 157, 100, linkname);
  field(buf, 257, 6, 'ustar\0');
  field(buf, 263, 2, '00');
  field(buf, 345, 155, prefix);
  let sum = 0;
  for (const b of buf) sum += b;
  field(buf, 148, 8, `${(checksum ? sum : sum + 1).toString(8).padStart(6, '0')}\0 `);
  return buf;
}

const pad = (data) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);

/** A file entry: header plus content padded to 512 bytes. */
export function file(name, content, extra = {}) {
  const data = Buffer.from(content);
  return Buffer.concat([header({ name, size: data.length, ...extra }), pad(data)]);
}

/** A pax extended header (`x`) applying `records` to the next entry. */
export function pax(records) {
  const body = Buffer.from(
    Object.entries(records)
      .map(([k, v]) => {
        const rest = ` ${k}=${v}\n`;
        let len = Buffer.byteLength(rest) + 1;
        while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
        return `${len}${rest}`;
      })
      .join(''),
  );
  return Buffer.concat([header({ name: 'PaxHeader', size: body.length, type: 'x' }), pad(body)]);
}

/** Entries followed by the two zero blocks that end an archive. */
export function tar(...parts) {
  return Buffer.concat([...parts, Buffer.alloc(1024)]);
}

export const tgz = (...parts) => gzipSync(tar(...parts));

/** A 12-byte base-256 number field (0x80 prefix, big-endian), as GNU tar writes sizes over 8 GiB. */
export function base256(n) {
  const buf = Buffer.alloc(12);
  buf[0] = 0x80;
  for (let i = 11, v = n; i > 0; i--, v = Math.floor(v / 256)) buf[i] = v % 256;
  return buf;
}

/** A negative base-256 number field (0xff prefix, two's complement). */
export function negative256(n) {
  const buf = Buffer.alloc(12, 0xff);
  let v = -n - 1;
  for (let i = 11; i > 0; i--, v = Math.floor(v / 256)) buf[i] = 0xff - (v % 256);
  return buf;
}
