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
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
  } finally {
    closeSync(fd);
  }
}
