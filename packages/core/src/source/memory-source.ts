/** MemorySource: files held in memory, for tests and for embedders that already have the bytes. */
import { settled, type FileSource, type ReadOutcome, type WalkOptions, type WalkResult } from './file-source.js';
import { ALWAYS_SKIPPED_DIRS } from './limits.js';

export interface MemoryEntries {
  /** Path (relative, `/`-separated) → content. */
  files: Readonly<Record<string, string | Uint8Array>>;
  /** Path → link target; reported, never followed. */
  symlinks?: Readonly<Record<string, string>>;
  /** Path → kind (`FIFO`, `socket`, …): reported as special files. */
  special?: Readonly<Record<string, string>>;
}

export class MemorySource implements FileSource {
  readonly root: string;
  private readonly files = new Map<string, Uint8Array>();

  constructor(
    private readonly entries: MemoryEntries,
    root = 'memory:',
  ) {
    this.root = root;
    const encoder = new TextEncoder();
    for (const [path, content] of Object.entries(entries.files)) {
      this.files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
    }
  }

  walk(options: WalkOptions): Promise<WalkResult> {
    return settled(() => this.walkNow(options));
  }

  read(path: string, maxBytes: number): Promise<ReadOutcome> {
    return settled(() => this.readNow(path, maxBytes));
  }

  private walkNow(options: WalkOptions): WalkResult {
    const result: WalkResult = { files: [], skipped: [], skippedDirs: [] };
    const skippedDirs = new Set<string>();
    for (const path of [...this.files.keys()].sort()) {
      const segments = path.split('/');
      const dirs = segments.slice(0, -1);
      if (dirs.some((d) => ALWAYS_SKIPPED_DIRS.includes(d))) continue;
      const skipAt = dirs.findIndex((d) => options.skipDirs.has(d));
      if (skipAt >= 0) {
        skippedDirs.add(dirs.slice(0, skipAt + 1).join('/'));
        const inner = segments.slice(skipAt).join('/');
        if (!options.peek.includes(inner)) continue;
      } else if (dirs.length > options.limits.maxDepth) {
        result.skipped.push({
          path: dirs.slice(0, options.limits.maxDepth + 1).join('/'),
          kind: 'depth-limit',
          detail: `directory deeper than ${options.limits.maxDepth} levels (maxDepth) was not entered`,
        });
        continue;
      }
      result.files.push({ path, size: this.files.get(path)!.byteLength });
    }
    for (const path of Object.keys(this.entries.symlinks ?? {}).sort()) {
      result.skipped.push({ path, kind: 'symlink', target: 'unknown', detail: 'symbolic link not followed' });
    }
    for (const [path, kind] of Object.entries(this.entries.special ?? {})) {
      result.skipped.push({ path, kind: 'special', detail: `not a regular file (${kind})` });
    }
    result.skippedDirs.push(...skippedDirs);
    return result;
  }

  private readNow(path: string, maxBytes: number): ReadOutcome {
    const bytes = this.files.get(path);
    if (!bytes) return { ok: false, kind: 'unreadable', reason: 'no such file' };
    if (bytes.byteLength > maxBytes) {
      return {
        ok: false,
        kind: 'limit',
        reason: `file is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit (maxFileBytes)`,
      };
    }
    return { ok: true, bytes };
  }
}
