/** File kinds and the declarative rules by which plugins claim files. */
import { matchesGlob } from './glob.js';

/** What role a file plays for its package manager. */
export type FileKind =
  | 'manifest'
  | 'lockfile'
  | 'client-config'
  | 'registry-config'
  | 'build-script'
  | 'ci'
  | 'credentials';

/** A rule by which a plugin claims files. */
export interface FileRule {
  kind: FileKind;
  /**
   * Globs matched against the end of a path relative to the scan root: `package-lock.json` matches
   * that name in any directory, `.tool/config.toml` matches those two last segments, `*` matches
   * within a segment, `**` any number of segments. A pattern whose first segment is a directory the
   * walk skips by default (e.g. `vendor/modules.txt`) is looked up there explicitly.
   */
  match: readonly string[];
  /** For the generated docs ("lockfile v1–v3"). */
  description: string;
  /**
   * The plugin's name for the reader that parses what this rule claims. The route carries it to the
   * claimed file (`ClaimedFile.reader`), so the load picks the parser from the route instead of
   * matching the path a second time.
   */
  reader?: string;
}

/** A file the walk found and a plugin claimed. */
export interface ClaimedFile {
  /** Relative to the scan root, `/`-separated. */
  path: string;
  kind: FileKind;
  /** The claiming rule's `reader`, when it names one: which of the plugin's parsers reads the file. */
  reader?: string;
  /** Bytes, when the source knew it at walk time. */
  size?: number;
  /**
   * Set when the file exists but is not opened (a symlink, a FIFO …): the core already reported it,
   * `read` returns undefined; plugins still see that it exists (a symlinked lockfile is a lockfile).
   */
  skipped?: string;
}

/** Reads a claimed file as text; `undefined` when it cannot be read (the core records why). */
export type ReadFile = (path: string) => Promise<string | undefined>;

/**
 * Which of a plugin's readers parses a claimed file: the one its route named (`ClaimedFile.reader`),
 * or, for a caller that hands files to `load` without the route (an embedder, a test), the reader of
 * the first rule that claims the path, as the route would have picked it. Undefined when no rule does.
 */
export function readerOf<R extends string>(
  rules: readonly (FileRule & { reader: R })[],
  file: Pick<ClaimedFile, 'path' | 'reader'>,
): R | undefined {
  const routed = file.reader;
  if (routed !== undefined) for (const rule of rules) if (rule.reader === routed) return rule.reader;
  return rules.find((rule) => rule.match.some((m) => matchesGlob(file.path, m)))?.reader;
}
