/** The CLI's Io on Node's file system, for the executable and for batch workers. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { appendFile, lstat, readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from './io.js';

/** Everything but stdout/stderr, which the caller owns (a process's streams, or a worker's buffers). */
export function nodeFileIo(
  cwd: string,
): Omit<Io, 'stdout' | 'stderr'> & Required<Pick<Io, 'appendFile' | 'listDirectory' | 'exists'>> {
  return {
    resolve: (path) => resolve(cwd, path),
    isDirectory: async (path) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false,
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    isFile: async (path) => (await stat(path).catch(() => undefined))?.isFile() ?? false,
    writeFile: (path, text) => Promise.resolve().then(() => writeWhole(path, text)),
    appendFile: (path, text) => appendFile(path, text, 'utf8'),
    // lstat, never stat: a symlink among the checkouts is named, not followed.
    listDirectory: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((d) => ({
        name: d.name,
        kind: d.isSymbolicLink()
          ? ('symlink' as const)
          : d.isDirectory()
            ? ('directory' as const)
            : d.isFile()
              ? ('file' as const)
              : ('other' as const),
      })),
    exists: async (path) => (await lstat(path).catch(() => undefined)) !== undefined,
  };
}

/**
 * The `--output` file, written synchronously: the report is whole by then and nothing else runs, and
 * an asynchronous close kept the process alive for a thread-pool round trip after main returned
 * (4–12 ms on the one-file checkout, more on a loaded machine; docs/decisions/0029).
 */
function writeWhole(path: string, text: string | Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of typeof text === 'string' ? [text] : text) {
      // A chunk's UTF-8 is at most 3 bytes a UTF-16 unit: the reused room always holds a JSON report's
      // 64 KB chunks, encoded in place instead of into a new Buffer each (issue #25, decision 0035).
      const fits = chunk.length * 3 <= ROOM_BYTES;
      const bytes = fits ? (room ??= Buffer.allocUnsafe(ROOM_BYTES)) : Buffer.from(chunk, 'utf8');
      const length = fits ? bytes.write(chunk, 0, 'utf8') : bytes.length;
      for (let at = 0; at < length; ) at += writeSync(fd, bytes, at, length - at);
    }
  } finally {
    closeSync(fd);
  }
}

const ROOM_BYTES = 1 << 20;
let room: Buffer | undefined;
