/** What a user (or embedder) can set for a scan (scan.ts re-exports it). */
import type { RepositoryListing } from './listing.js';
import type { OsvDatabase } from './osv/database.js';
import type { Severity } from './severity.js';
import type { Limits } from './source/limits.js';
import type { Allow, Baseline, SuppressEntry } from './suppress.js';

/** What a user (or embedder) can set for a scan. */
export interface ScanConfig {
  /** Per qualified check id: a severity, or `off`. */
  checks?: Readonly<Record<string, Severity | 'off'>>;
  /** Paths or globs (relative to the root) left out of the scan. */
  ignorePaths?: readonly string[];
  /** Directories skipped by default (`node_modules`, `vendor`, `.venv`) to walk into anyway. */
  includeDirs?: readonly string[];
  limits?: Partial<Limits>;
  /** Config suppressions, each with a reason. */
  suppress?: readonly SuppressEntry[];
  /** Findings accepted earlier: matching fingerprints are marked suppressed. */
  baseline?: Baseline;
  /** An offline OSV database (see `loadOsvDatabase`): locked versions are matched against it. */
  osv?: OsvDatabase;
  /** Report vulnerability (non-malicious) advisories as `<eco>/known-vulnerable-version` findings. */
  advisories?: boolean;
  /** The organisation's own registries and reviewed install scripts, per ecosystem. */
  allow?: Allow;
  /** Honour `inert-ignore` comments in the scanned files (default true; off for untrusted checkouts). */
  inlineSuppressions?: boolean;
  /**
   * The root is one published package (an archive, or `--package <dir>`), not a project: its own hooks
   * are its install-time code, and checks about a project's own workflow (a missing lockfile) do not apply.
   */
  package?: boolean;
  /**
   * Where `checks`, `ignorePaths`, `limits` and `suppress` came from. Absent: the embedder or the
   * command line (trusted: `off` skips a check, `ignorePaths` skips reading). Set to the config file's
   * path when the config was found inside the scanned tree: the tree cannot hide its own findings, so
   * `off` checks and ignored paths still run and their findings stay, marked suppressed with the file
   * as the reason; severities can be raised, not lowered; limits can be lowered, not raised.
   */
  configInTree?: string;
  /**
   * Every path of the repository (`git ls-tree -r -z HEAD`) when the scanned tree is a sparse checkout
   * of it: a file the scan would read, or a link it would report, that the listing has and the tree
   * lacks is a gap, and the scan incomplete (docs/scaling.md).
   */
  listing?: RepositoryListing;
}
