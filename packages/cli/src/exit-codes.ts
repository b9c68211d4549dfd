/** Exit codes, stable and documented (docs/cli.md, README): as linters do. */
export const EXIT_OK = 0;
/** Findings at or above `--fail-on`. */
export const EXIT_FINDINGS = 1;
/**
 * Could not scan: usage error (bad flag, bad config), a path that is neither a directory nor a
 * package archive, a malformed archive, an empty or unreadable --osv database, a scan that found no
 * package-manager file at all, or an internal error.
 */
export const EXIT_ERROR = 2;
/**
 * The scan ran but is incomplete (a file or directory it could not read, a limit hit, a plugin that
 * failed) and no finding reached `--fail-on`: never a silent 0.
 */
export const EXIT_INCOMPLETE = 3;

/** The table in docs/cli.md (generated) and the help text: one source for both. `diff` is what the code means for `inert diff`. */
export const EXIT_CODE_TABLE: readonly { code: number; short: string; meaning: string; diff: string }[] = [
  {
    code: EXIT_OK,
    short: 'a complete scan, no finding at or above --fail-on',
    meaning: 'the scan is complete and no finding is at or above `--fail-on`',
    diff: 'both scans are complete and the change adds no finding at or above `--fail-on`',
  },
  {
    code: EXIT_FINDINGS,
    short: 'findings at or above --fail-on',
    meaning: 'findings at or above `--fail-on` (whether or not the scan is complete; the report says when it is not)',
    diff: 'the change adds findings at or above `--fail-on` (findings already in the base never count)',
  },
  {
    code: EXIT_ERROR,
    short: 'could not scan: usage, path, archive, config or --osv error, nothing to scan',
    meaning:
      'could not scan: a usage error (bad flag or config), a path that is neither a directory nor a package archive, a malformed archive (not gzip, truncated, bad header, negative size, over the size or ratio limits), a config in the scanned tree that is a symlink, a FIFO or not JSON, an empty or unreadable `--osv` database, a scan that found no package-manager file at all, or an internal error',
    diff: 'could not diff: a usage error, a base or head that is not a directory, an error that stops either scan, neither tree holding a package-manager file, or an internal error',
  },
  {
    code: EXIT_INCOMPLETE,
    short: 'incomplete scan (something could not be read), no finding at or above --fail-on',
    meaning:
      'the scan ran but is **incomplete** — a file or directory it could not read, a size, depth or entry limit hit, a plugin or check that failed — and no finding reached `--fail-on`: never a silent 0',
    diff: 'the scan of the base or of the head is **incomplete** and the change adds no finding at or above `--fail-on`: what it adds may be missing, so the diff fails closed',
  },
];
