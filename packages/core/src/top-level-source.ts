/**
 * The files directly inside one directory, not its subdirectories: how `inert scan path/to/package-lock.json`
 * reads a single lockfile or manifest with the files beside it (the manifest, the client config) as context.
 * A wrapper over DirectorySource (same lstat-only walk, same safe reads) with the depth held at the top.
 */
import type { FileSource, ReadOutcome, WalkOptions, WalkResult } from './source/file-source.js';
import { DirectorySource } from './source/directory-source.js';

export class TopLevelSource implements FileSource {
  readonly root: string;
  private readonly directory: DirectorySource;

  constructor(dir: string) {
    this.directory = new DirectorySource(dir);
    this.root = this.directory.root;
  }

  async walk(options: WalkOptions): Promise<WalkResult> {
    const result = await this.directory.walk({ ...options, limits: { ...options.limits, maxDepth: 0 }, peek: [] });
    // Subdirectories are outside what was asked for, not a limit the scan hit.
    result.skipped = result.skipped.filter((s) => s.kind !== 'depth-limit');
    result.skippedDirs = [];
    return result;
  }

  read(path: string, maxBytes: number): Promise<ReadOutcome> {
    return this.directory.read(path, maxBytes);
  }
}
