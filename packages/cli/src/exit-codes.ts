/** Exit codes, stable and documented (docs/cli.md): as linters do. */
export const EXIT_OK = 0;
/** Findings at or above `--fail-on`. */
export const EXIT_FINDINGS = 1;
/** Usage error (bad flag, missing path, bad config) or an internal error. */
export const EXIT_ERROR = 2;
