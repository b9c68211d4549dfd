/** FileSource: where a scan's files come from (a directory, memory, an archive). */
import type { Limits } from './limits.js';

export interface WalkOptions {
  limits: Limits;
  /** Directory names not entered (besides `.git`), e.g. `node_modules`. */
  skipDirs: ReadonlySet<string>;
  /**
   * Paths (relative, `/`-separated, first segment a skipped directory name) to look up inside
   * skipped directories anyway, e.g. `vendor/modules.txt`.
   */
  peek: readonly string[];
}

/** A regular file found by the walk; `size` when the source knows it without a stat per file. */
export interface WalkFile {
  path: string;
  size?: number;
}

/** Something the walk saw and did not follow or read. */
export interface WalkSkip {
  path: string;
  /**
   * `symlink` (target kind when known), `special` (FIFO, device, socket), a limit, a directory that
   * could not be listed, or an archive entry the package's client would refuse to write.
   */
  kind: 'symlink' | 'special' | 'depth-limit' | 'entry-limit' | 'unreadable-dir' | 'refused-entry';
  /** For symlinks: whether the target is a directory, a file, or unknown (dangling, loop, denied). */
  target?: 'file' | 'directory' | 'unknown';
  detail: string;
}

export interface WalkResult {
  files: WalkFile[];
  skipped: WalkSkip[];
  /** Directories not entered because they are skipped by default. */
  skippedDirs: string[];
}

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; kind: 'unreadable' | 'limit'; reason: string };

export interface FileSource {
  /** What the root is, for reports (an absolute path, `memory:`, …). */
  readonly root: string;
  walk(options: WalkOptions): Promise<WalkResult>;
  /** Reads a regular file found by `walk`, refusing more than `maxBytes`. */
  read(path: string, maxBytes: number): Promise<ReadOutcome>;
}

/**
 * A synchronous source step as the promise `FileSource` returns: `fn` runs now, and a throw becomes a
 * rejection, exactly as in an `async` function with no `await` (which lint refuses: require-await).
 */
export function settled<T>(fn: () => T): Promise<T> {
  return new Promise<T>((resolve) => resolve(fn()));
}
