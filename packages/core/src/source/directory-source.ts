/**
 * DirectorySource: one safe walk of a checkout on disk. lstat only, regular files only, symlinks
 * reported and never followed, caps on depth, entries and bytes; files opened without following a
 * symlink and without blocking, so a FIFO or a swapped-in link cannot hang or escape the scan.
 */
import { constants, lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  settled,
  type FileSource,
  type ReadOutcome,
  type WalkOptions,
  type WalkResult,
  type WalkRun,
  type WalkSkip,
  walkOfRuns,
} from './file-source.js';
import { ALWAYS_SKIPPED_DIRS } from './limits.js';

export class DirectorySource implements FileSource {
  readonly root: string;
  /**
   * Paths below a name that is not valid UTF-8: reported with the bytes escaped (`caf\xe9`), opened
   * by their real bytes. The walk lists names as Buffers so such a directory never hides its subtree.
   */
  private readonly rawPaths = new Map<string, Buffer>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  // Synchronous on purpose: the walk is bounded by maxEntries and maxDepth, and one readdirSync per
  // directory costs a fraction of an awaited readdir (a 100,000-file tree walks in ~70 ms, not ~400).
  walk(options: WalkOptions): Promise<WalkResult> {
    return settled(() => this.walkSync(options));
  }

  private walkSync(options: WalkOptions): WalkResult {
    const runs: WalkRun[] = [];
    const result = walkOfRuns(runs, [], []);
    const state = { entries: 0, stopped: false };
    // Iterative, depth-first, sorted: deterministic output and no recursion-depth risk.
    const stack: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
    while (stack.length > 0 && !state.stopped) {
      const { rel, depth } = stack.pop()!;
      const listed = this.list(rel, result.skipped);
      const subdirs: string[] = [];
      const visit = (name: string, entry: Dirent<Buffer> | Dirent) => {
        const path = rel ? `${rel}/${name}` : name;
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRS.includes(name)) return;
          if (options.skipDirs.has(name)) {
            result.skippedDirs.push(path);
            this.peek(path, name, options, runs);
          } else if (depth + 1 > options.limits.maxDepth) {
            result.skipped.push({
              path,
              kind: 'depth-limit',
              detail: `directory deeper than ${options.limits.maxDepth} levels (maxDepth) was not entered`,
            });
          } else subdirs.push(path);
        } else if (entry.isFile()) {
          // No stat per file: most files of a checkout are never claimed; `read` checks size and type.
          addFile(runs, rel, name);
        } else if (entry.isSymbolicLink()) {
          result.skipped.push(this.symlink(path));
        } else {
          result.skipped.push({ path, kind: 'special', detail: `not a regular file (${kindOf(entry)})` });
        }
      };
      const fast = listed instanceof TextListing ? split(listed.entries, state.entries, options) : undefined;
      if (fast) {
        // Every entry fits under maxEntries and no skipped directory is peeked into (its files would
        // come between this directory's files): the files' sorted names are one run, no object each.
        state.entries += fast.count;
        if (fast.files.length > 0) runs.push({ dir: rel, names: fast.files });
        for (const entry of fast.others) visit(entry.name, entry);
      } else {
        for (const { name, entry } of listed instanceof TextListing ? byName(listed.entries) : listed) {
          if (++state.entries > options.limits.maxEntries) {
            state.stopped = true;
            result.skipped.push({
              path: rel || '.',
              kind: 'entry-limit',
              detail: `the walk stopped after ${options.limits.maxEntries} entries (maxEntries); later files were not scanned`,
            });
            break;
          }
          visit(name, entry);
        }
      }
      for (const dir of subdirs.reverse()) stack.push({ rel: dir, depth: depth + 1 });
    }
    return result;
  }

  async read(path: string, maxBytes: number): Promise<ReadOutcome> {
    let handle;
    try {
      // O_NOFOLLOW: a file swapped for a symlink after the walk is refused; O_NONBLOCK: a FIFO
      // swapped in cannot block the open.
      handle = await open(this.abs(path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, kind: 'unreadable', reason: 'not a regular file' };
      if (info.size > maxBytes) return tooBig(info.size, maxBytes);
      const buffer = Buffer.alloc(info.size);
      let offset = 0;
      while (offset < info.size) {
        const { bytesRead } = await handle.read(buffer, offset, info.size - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return { ok: true, bytes: buffer.subarray(0, offset) };
    } catch (error) {
      return { ok: false, kind: 'unreadable', reason: ioReason(error) };
    } finally {
      await handle?.close();
    }
  }

  private abs(rel: string): string | Buffer {
    return this.rawPaths.get(rel) ?? (rel ? join(this.root, ...rel.split('/')) : this.root);
  }

  /**
   * Entries of a directory: as listed (text names, unsorted), or — for a directory listed as bytes —
   * sorted by their reported name, with names that are not UTF-8 escaped and remembered.
   */
  private list(rel: string, skipped: WalkSkip[]): TextListing | Named[] {
    let entries: Dirent<Buffer>[];
    const dir = this.abs(rel);
    try {
      // Names as text first (issue #25: Buffers and a UTF-8 round trip per name cost most of a
      // 100,000-file walk). A name that is not valid UTF-8 decodes with U+FFFD; only then is the
      // directory listed again as bytes (a name that really holds U+FFFD takes that path too).
      if (typeof dir === 'string') {
        const texts = readdirSync(dir, { withFileTypes: true });
        if (!texts.some((entry) => entry.name.includes('\uFFFD'))) return new TextListing(texts);
      }
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      skipped.push({
        path: rel || '.',
        kind: 'unreadable-dir',
        detail: `directory could not be listed: ${ioReason(error)}`,
      });
      return [];
    }
    const named = entries.map((entry) => {
      const name = displayName(entry.name);
      const path = rel ? `${rel}/${name}` : name;
      // Below a raw path, or a name that does not survive UTF-8: open it by its bytes.
      if (typeof dir !== 'string' || name !== entry.name.toString('utf8') || !Buffer.from(name).equals(entry.name)) {
        this.rawPaths.set(
          path,
          Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from('/'), entry.name]),
        );
      }
      return { name, entry };
    });
    return named.sort(compareNames);
  }

  private peek(dir: string, name: string, options: WalkOptions, runs: WalkRun[]): void {
    for (const wanted of options.peek) {
      const [first, ...rest] = wanted.split('/');
      if (first !== name || rest.length === 0) continue;
      const path = `${dir}/${rest.join('/')}`;
      try {
        const info = lstatSync(this.abs(path));
        if (info.isFile()) {
          const slash = path.lastIndexOf('/');
          runs.push({ dir: path.slice(0, slash), names: [path.slice(slash + 1)], sizes: [info.size] });
        }
      } catch {
        // Not present: nothing to peek at.
      }
    }
  }

  private symlink(path: string): WalkSkip {
    // eslint-disable-next-line no-useless-assignment -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    let target: WalkSkip['target'] = 'unknown';
    try {
      // stat reads only the target's metadata, never its content; loops fail fast with ELOOP.
      const info = statSync(this.abs(path));
      target = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'unknown';
    } catch {
      target = 'unknown';
    }
    return { path, kind: 'symlink', target, detail: 'symbolic link not followed' };
  }
}

/** A directory listed as text (no name needed its bytes): its entries as listed, unsorted. */
class TextListing {
  constructor(readonly entries: Dirent[]) {}
}

interface Named {
  name: string;
  entry: Dirent<Buffer> | Dirent;
}

const compareNames = (a: Named, b: Named): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Entries in the walk's order: sorted by name (UTF-16 code units). */
const byName = (entries: readonly Dirent[]): Named[] =>
  entries.map((entry) => ({ name: entry.name, entry })).sort(compareNames);

/**
 * A directory's regular files' names, sorted, and its other entries, sorted: the walk's order when
 * every entry fits under maxEntries (the limit cannot stop the walk inside the directory) and no
 * skipped directory among them is peeked into (a peeked file would come between the directory's
 * files). Undefined otherwise: the directory is walked entry by entry.
 */
function split(
  entries: readonly Dirent[],
  seen: number,
  options: WalkOptions,
): { count: number; files: string[]; others: Dirent[] } | undefined {
  if (seen + entries.length > options.limits.maxEntries) return undefined;
  const files: string[] = [];
  const others: Dirent[] = [];
  for (const entry of entries) {
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory() && options.skipDirs.has(entry.name)) return undefined;
    else others.push(entry);
  }
  // Default sort: strings by UTF-16 code units, the order compareNames gives.
  files.sort();
  if (others.length > 1) others.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { count: entries.length, files, others };
}

/** Appends a walked file to the run of its directory, or starts one. */
function addFile(runs: WalkRun[], dir: string, name: string): void {
  const last = runs[runs.length - 1];
  if (last && last.dir === dir && !last.sizes) last.names.push(name);
  else runs.push({ dir, names: [name] });
}

/** A file name as reported: its UTF-8 text, or — when the bytes are not valid UTF-8 — every byte above 0x7f as `\xNN`. */
function displayName(raw: Buffer): string {
  const text = raw.toString('utf8');
  if (Buffer.from(text).equals(raw)) return text;
  let out = '';
  for (const byte of raw) out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return out;
}

function kindOf(entry: Dirent<Buffer> | Dirent): string {
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice()) return 'character device';
  if (entry.isBlockDevice()) return 'block device';
  return 'unknown type';
}

function tooBig(size: number, maxBytes: number): ReadOutcome {
  return { ok: false, kind: 'limit', reason: `file is ${size} bytes, over the ${maxBytes}-byte limit (maxFileBytes)` };
}

function ioReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ELOOP') return 'is a symbolic link (not followed)';
  if (code === 'ENOENT') return 'no longer exists';
  if (code === 'EACCES' || code === 'EPERM' || code === 'ERR_ACCESS_DENIED') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}
