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
