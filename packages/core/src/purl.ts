/**
 * Package URLs and artifact digests for the inventory, shared by the plugins so every ecosystem builds
 * them the same way: purls with packageurl-js (the package-url project's reference implementation for
 * JavaScript, which applies each type's normalisation rules), digests decoded from the forms locks write.
 * https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst
 */
import { createRequire } from 'node:module';
import type { PackageURL as PackageUrlClass } from 'packageurl-js';
import type { InventoryHash } from './inventory.js';
import { lazyLibrary } from './library.js';

// Loaded on first use, as the parsers are (start-up time, docs/decisions/0004). A failed load throws
// (LibraryLoadError): it must fail the scan, never read as "no purl" (docs/decisions/0021).
const require = createRequire(import.meta.url);
const purlClass = lazyLibrary(
  'packageurl-js',
  () => (require('packageurl-js') as { PackageURL: typeof PackageUrlClass }).PackageURL,
);

export interface PurlParts {
  type: string;
  namespace?: string | undefined;
  name: string;
  version?: string | undefined;
  qualifiers?: Readonly<Record<string, string | undefined>> | undefined;
}

/** Longest namespace, name or version given a purl: far above any real one (#20). */
export const MAX_PURL_PART = 10_000;

/**
 * The canonical purl string, or undefined when packageurl-js refuses the parts (an empty name, a bad
 * type) or a part is longer than MAX_PURL_PART: packageurl-js normalises a namespace segment by
 * segment, and a 2 MB `a/a/a/…` Go module path cost a million strings and a second of garbage collection.
 */
export function packageUrl(parts: PurlParts): string | undefined {
  if ([parts.namespace, parts.name, parts.version].some((p) => p !== undefined && p.length > MAX_PURL_PART))
    return undefined;
  const qualifiers: Record<string, string> = {};
  for (const [k, v] of Object.entries(parts.qualifiers ?? {})) if (v !== undefined && v !== '') qualifiers[k] = v;
  const PackageURL = purlClass();
  try {
    return new PackageURL(
      parts.type,
      parts.namespace || undefined,
      parts.name,
      parts.version || undefined,
      Object.keys(qualifiers).length ? qualifiers : undefined,
      undefined,
    ).toString();
  } catch {
    return undefined;
  }
}

const ALGORITHMS = new Set<InventoryHash['algorithm']>(['md5', 'sha1', 'sha256', 'sha384', 'sha512']);
const HEX_LENGTH: Record<InventoryHash['algorithm'], number> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};
// Closed character classes with a bounded repetition: linear on any input.
const SRI_PART = /^(sha1|sha256|sha384|sha512|md5)-([A-Z0-9+/]+={0,2})(?:\?.*)?$/i;
const HEX = /^[0-9a-f]+$/i;
// `sha512-` and 86 base64 characters with their `==` padding: 64 bytes.
const SHA512_SRI_LENGTH = 95;
/** Decoding room for one sha512 digest, reused: the bytes are hex-encoded before the next decode. */
const scratch = Buffer.alloc(64);
/** Each base64 character's value by its code (RFC 4648 §4, the standard alphabet SRI uses); -1 for any other. */
const BASE64 = base64Table();

/** Made by a function, not a loop at the module's top level (bundle-side-effects.test.ts). */
function base64Table(): Int8Array {
  const table = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

/**
 * The hex digest of a well-formed single sha512 SRI string, or undefined for any other string: the
 * base64 checked and decoded in one loop through a table (no regex, no slice, no Buffer decode; issue
 * #25, decision 0035). The 4 bits past the 64th byte are dropped, as Buffer's base64 decoder drops
 * them; purl.test.ts compares it with the general path on every bench lock's integrity and random text.
 */
function sha512SriHex(integrity: string): string | undefined {
  if (
    integrity.length !== SHA512_SRI_LENGTH ||
    !integrity.startsWith('sha512-') ||
    integrity.charCodeAt(93) !== 0x3d ||
    integrity.charCodeAt(94) !== 0x3d
  )
    return undefined;
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let i = 7; i < 93; i++) {
    const code = integrity.charCodeAt(i);
    const value = code < 128 ? BASE64[code]! : -1;
    if (value < 0) return undefined;
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      scratch[at++] = (acc >> bits) & 0xff;
    }
  }
  return scratch.toString('hex', 0, 64);
}

/** A hex digest with a known algorithm, checked for the algorithm's length; undefined otherwise. */
export function hexHash(algorithm: string, hex: string): InventoryHash | undefined {
  const alg = algorithm.toLowerCase().replace('-', '') as InventoryHash['algorithm'];
  if (!ALGORITHMS.has(alg) || hex.length !== HEX_LENGTH[alg] || !HEX.test(hex)) return undefined;
  return { algorithm: alg, hex: hex.toLowerCase() };
}

/** Digests of an SRI string (`sha512-<base64> sha1-<base64>`), hex-encoded; malformed parts are left out. https://www.w3.org/TR/SRI/#the-integrity-attribute */
export function sriHashes(integrity: string | undefined): InventoryHash[] {
  if (!integrity) return [];
  // The common case, one well-formed sha512 part, decoded without the split, the capture groups and a
  // Buffer per entry: the general path below gives the same digest (docs/decisions/0020).
  const hex = sha512SriHex(integrity);
  if (hex !== undefined) return [{ algorithm: 'sha512', hex }];
  const out: InventoryHash[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    if (part.length > 200) continue;
    const m = SRI_PART.exec(part);
    if (!m) continue;
    // Buffer's hex is lower-case hex already: only the algorithm's length is left to check (hexHash's rule).
    const algorithm = m[1]!.toLowerCase() as InventoryHash['algorithm'];
    const hex = Buffer.from(m[2]!, 'base64').toString('hex');
    if (hex.length !== HEX_LENGTH[algorithm]) continue;
    if (!out.some((o) => o.algorithm === algorithm && o.hex === hex)) out.push({ algorithm, hex });
  }
  return out;
}

/** `sha256:<hex>` or `sha256=<hex>`, as lockfiles and hash options write digests; undefined when not that shape. */
export function prefixedHash(text: string): InventoryHash | undefined {
  const m = /^([a-z0-9-]{2,10})[:=]([0-9a-f]{32,128})$/i.exec(text.trim());
  return m ? hexHash(m[1]!, m[2]!) : undefined;
}

/** Adds a digest unless the same one is there. */
export function addHash(list: InventoryHash[], hash: InventoryHash | undefined): void {
  if (hash && !list.some((h) => h.algorithm === hash.algorithm && h.hex === hash.hex)) list.push(hash);
}
