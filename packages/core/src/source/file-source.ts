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

/**
 * Regular files of one directory ('' for the root), in walk order: what `files` lists, as the names
 * the directory listing gave, without a path string or an object per file (issue #25: most files of
 * a large tree are never claimed). `sizes`, when present, holds each name's `WalkFile.size`.
 */
export interface WalkRun {
  dir: string;
  names: string[];
  sizes?: (number | undefined)[];
}

export interface WalkResult {
  /** Made from `runs` on first read when the source gives runs; setting it drops `runs`. */
  files: WalkFile[];
  /** The same files as runs of one directory's names, when the source lists them so. */
  runs?: WalkRun[];
  skipped: WalkSkip[];
  /** Directories not entered because they are skipped by default. */
  skippedDirs: string[];
}

/** A walk result whose `files` are made from `runs` when first read (and replace them when set). */
export function walkOfRuns(runs: WalkRun[], skipped: WalkSkip[], skippedDirs: string[]): WalkResult {
  let files: WalkFile[] | undefined;
  return {
    runs,
    skipped,
    skippedDirs,
    get files(): WalkFile[] {
      return (files ??= filesOf(this.runs ?? []));
    },
    set files(value: WalkFile[]) {
      files = value;
      delete this.runs;
    },
  };
}

/** The files of runs, as `WalkFile`s in walk order. */
export function filesOf(runs: readonly WalkRun[]): WalkFile[] {
  const out: WalkFile[] = [];
  for (const { dir, names, sizes } of runs) {
    const prefix = dir === '' ? '' : `${dir}/`;
    names.forEach((name, i) => {
      const size = sizes?.[i];
      out.push(size === undefined ? { path: prefix + name } : { path: prefix + name, size });
    });
  }
  return out;
}

/** How many regular files a walk found, without making its `files`. */
export function walkedCount(walk: WalkResult): number {
  return walk.runs ? walk.runs.reduce((n, r) => n + r.names.length, 0) : walk.files.length;
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
