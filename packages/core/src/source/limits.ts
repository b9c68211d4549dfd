/** Resource limits of a scan: every limit hit becomes a finding, never a crash or a hang. */

export interface Limits {
  /** Largest file read, in bytes; larger claimed files are reported and not opened. */
  maxFileBytes: number;
  /** Total bytes read in one scan. */
  maxTotalBytes: number;
  /** Deepest directory level entered below the root (the root is 0). */
  maxDepth: number;
  /** Directory entries visited before the walk stops. */
  maxEntries: number;
  /** Nesting depth accepted by the JSON, YAML and TOML parsers. */
  maxNesting: number;
  /** YAML aliases expanded per document. */
  maxAliases: number;
  /**
   * CPU time for one syntax-tree parse of a program-like manifest (a build script or a manifest
   * written in a programming language), in milliseconds of the process's CPU time, not wall-clock
   * time; a plugin may have a lower built-in budget for its language, which this can lower, not raise. The JSON, YAML,
   * TOML and line parsers are linear in the file's size, so `maxFileBytes` bounds their time.
   */
  maxParseMillis: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDepth: 32,
  maxEntries: 500_000,
  maxNesting: 256,
  maxAliases: 100,
  maxParseMillis: 2000,
};

/** Directories the walk does not enter unless asked to (installed code, not the checkout's own). */
export const DEFAULT_SKIPPED_DIRS: readonly string[] = ['node_modules', 'vendor', '.venv'];

/** Directories never entered. */
export const ALWAYS_SKIPPED_DIRS: readonly string[] = ['.git'];

/** The limits a structured-data parser takes (JSON, YAML, TOML): plugins hand their load context's limits to every reader. */
export type ParseLimits = Partial<Pick<Limits, 'maxNesting' | 'maxAliases'>>;
