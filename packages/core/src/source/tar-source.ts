/**
 * TarSource: scan a package archive in memory without extracting it — npm `.tgz`, PyPI `.tar.gz`
 * sdists, `.crate`, and RubyGems `.gem` (a tar whose `data.tar.gz` holds the files). Same limits as
 * a directory: regular files only, links reported, entry and byte caps, gzip output capped.
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_01
 */
import { gunzipSync } from 'node:zlib';
import type { FileSource, ReadOutcome, WalkOptions, WalkResult } from './file-source.js';
import { ALWAYS_SKIPPED_DIRS } from './limits.js';

export interface TarSourceOptions {
  /** Largest uncompressed archive accepted (default 512 MiB). */
  maxBytes?: number;
  /** Strip the archive's single top-level directory (`package/` in npm tarballs). Default true. */
  stripTopLevel?: boolean;
}

export class TarSource implements FileSource {
  readonly root: string;
  private readonly files = new Map<string, Uint8Array>();
  private readonly links: { path: string; detail: string }[] = [];

  /** `bytes`: the archive as found (gzip-compressed or not); `name`: what to call it in reports. */
  constructor(bytes: Uint8Array, name: string, options: TarSourceOptions = {}) {
    this.root = name;
    const max = options.maxBytes ?? 512 * 1024 * 1024;
    let tar = unzipIfNeeded(bytes, max);
    // A .gem is an uncompressed tar of metadata.gz, data.tar.gz and checksums.yaml.gz.
    const entries = readTar(tar);
    const data = entries.find((e) => e.path === 'data.tar.gz' && e.type === 'file');
    if (data && entries.some((e) => e.path === 'metadata.gz')) {
      tar = unzipIfNeeded(data.data!, max);
      this.load(readTar(tar), false);
    } else this.load(entries, options.stripTopLevel ?? true);
  }

  async walk(options: WalkOptions): Promise<WalkResult> {
    const result: WalkResult = { files: [], skipped: [], skippedDirs: [] };
    const skipped = new Set<string>();
    let count = 0;
    for (const [path, bytes] of [...this.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (++count > options.limits.maxEntries) {
        result.skipped.push({ path: '.', kind: 'entry-limit', detail: `the walk stopped after ${options.limits.maxEntries} entries (maxEntries)` });
        break;
      }
      const dirs = path.split('/').slice(0, -1);
      if (dirs.some((d) => ALWAYS_SKIPPED_DIRS.includes(d))) continue;
      const at = dirs.findIndex((d) => options.skipDirs.has(d));
      if (at >= 0) {
        skipped.add(dirs.slice(0, at + 1).join('/'));
        if (!options.peek.includes(path.split('/').slice(at).join('/'))) continue;
      }
      if (dirs.length > options.limits.maxDepth) continue;
      result.files.push({ path, size: bytes.byteLength });
    }
    for (const link of this.links) result.skipped.push({ path: link.path, kind: 'symlink', target: 'unknown', detail: link.detail });
    result.skippedDirs.push(...skipped);
    return result;
  }

  async read(path: string, maxBytes: number): Promise<ReadOutcome> {
    const bytes = this.files.get(path);
    if (!bytes) return { ok: false, kind: 'unreadable', reason: 'no such file in the archive' };
    if (bytes.byteLength > maxBytes) return { ok: false, kind: 'limit', reason: `file is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit (maxFileBytes)` };
    return { ok: true, bytes };
  }

  private load(entries: readonly TarEntry[], strip: boolean): void {
    const tops = new Set(entries.map((e) => e.path.split('/')[0]));
    const prefix = strip && tops.size === 1 && entries.every((e) => e.path.includes('/') || e.type === 'dir') ? `${[...tops][0]}/` : '';
    for (const e of entries) {
      const path = safePath(e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path);
      if (!path) {
        if (e.type !== 'dir') this.links.push({ path: e.path, detail: 'archive entry whose path leaves the archive root (absolute or ..): not extracted' });
        continue;
      }
      if (e.type === 'file') this.files.set(path, e.data!);
      else if (e.type === 'link') this.links.push({ path, detail: `link in the archive (to ${e.target ?? '?'}) not followed` });
    }
  }
}

interface TarEntry {
  path: string;
  type: 'file' | 'dir' | 'link' | 'other';
  data?: Uint8Array;
  target?: string;
}

function unzipIfNeeded(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes, { maxOutputLength: max });
  if (bytes.byteLength > max) throw new Error(`archive is over ${max} bytes`);
  return bytes;
}

/** ustar with GNU long names and pax `path`/`linkpath` records. */
function readTar(tar: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  const text = (from: number, len: number) => Buffer.from(tar.subarray(from, from + len)).toString('utf8').replace(/\0.*$/s, '');
  let offset = 0;
  let longName: string | undefined;
  let pax: Record<string, string> = {};
  while (offset + 512 <= tar.length) {
    if (tar.subarray(offset, offset + 512).every((b) => b === 0)) break;
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tar[offset + 156] ?? 48);
    const prefix = text(offset + 345, 155);
    let path = longName ?? pax.path ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100));
    const target = pax.linkpath ?? text(offset + 157, 100);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') { longName = Buffer.from(data).toString('utf8').replace(/\0.*$/s, ''); continue; }
    if (type === 'x') { pax = parsePax(Buffer.from(data).toString('utf8')); continue; }
    if (type === 'g') continue;
    longName = undefined;
    pax = {};
    path = path.replace(/^\.\//, '');
    if (type === '0' || type === '\0' || type === '7') out.push({ path, type: 'file', data });
    else if (type === '5') out.push({ path: path.replace(/\/$/, ''), type: 'dir' });
    else if (type === '1' || type === '2') out.push({ path, type: 'link', target });
    else out.push({ path, type: 'other' });
  }
  return out;
}

function parsePax(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/\d+ ([^=]+)=([^\n]*)\n/g)) out[m[1]!] = m[2]!;
  return out;
}

/** Archive paths are data: `../x`, `/etc/x` and empty segments never become paths. */
function safePath(path: string): string | undefined {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..') || parts.length === 0) return undefined;
  return parts.join('/');
}
