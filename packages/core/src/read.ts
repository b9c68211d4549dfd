/** The reader a plugin gets: scoped to walked files, size-capped, decoded, every failure recorded. */
import type { ReadFile } from './files.js';
import type { ParseProblem } from './parse/problem.js';
import { decodeText } from './parse/text.js';
import type { FileSource } from './source/file-source.js';
import type { Limits } from './source/limits.js';
import type { WalkedFiles } from './walked-files.js';

/** Shared across plugins: one byte budget per scan, one record of what was read. */
export class Reader {
  private total = 0;
  readonly problems: ParseProblem[] = [];
  readonly read = new Set<string>();
  private readonly cache = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly source: FileSource,
    private readonly limits: Limits,
    private readonly walked: Pick<WalkedFiles, 'has' | 'size'>,
    /** Symlinks and special files: already reported by the walk, never opened. */
    private readonly skipped: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * A ReadFile for one plugin; the same file read twice is read once. With `only`, any other path
   * reads as absent (an isolated retry: the plugin sees just those files).
   */
  forPlugin(only?: ReadonlySet<string>): ReadFile {
    return (path) => {
      if (only && !only.has(path)) return Promise.resolve(undefined);
      let pending = this.cache.get(path);
      if (!pending) this.cache.set(path, (pending = this.readText(path)));
      return pending;
    };
  }

  /** Texts already read (for inline suppressions): never reads a file a plugin did not read. */
  async texts(paths: ReadonlySet<string>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const path of paths) {
      const text = this.read.has(path) ? await this.cache.get(path) : undefined;
      if (text !== undefined) out.set(path, text);
    }
    return out;
  }

  private async readText(path: string): Promise<string | undefined> {
    if (this.skipped.has(path)) return undefined;
    if (!this.walked.has(path)) return this.fail(path, 'unreadable', 'not a regular file found by the walk');
    const size = this.walked.size(path) ?? 0;
    if (size > this.limits.maxFileBytes) {
      return this.fail(
        path,
        'limit',
        `file is ${size} bytes, over the ${this.limits.maxFileBytes}-byte limit (maxFileBytes)`,
      );
    }
    if (this.total + size > this.limits.maxTotalBytes || this.total >= this.limits.maxTotalBytes) {
      return this.fail(
        path,
        'limit',
        `reading it would pass the ${this.limits.maxTotalBytes}-byte total for one scan (maxTotalBytes)`,
      );
    }
    const outcome = await this.source.read(
      path,
      Math.min(this.limits.maxFileBytes, this.limits.maxTotalBytes - this.total),
    );
    if (!outcome.ok) return this.fail(path, outcome.kind, outcome.reason);
    this.total += outcome.bytes.byteLength;
    const text = decodeText(outcome.bytes, path);
    if (!text.ok) {
      this.problems.push(text.problem);
      return undefined;
    }
    this.read.add(path);
    return text.value;
  }

  private fail(file: string, kind: ParseProblem['kind'], reason: string): undefined {
    this.problems.push({ file, kind, reason });
    return undefined;
  }
}
