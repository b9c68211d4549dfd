/** The CLI's I/O, in its own module: main and the batch mode both import it, neither imports the other. */
import type { ListIo } from './batch/list.js';

/** Everything main touches outside itself. */
export interface Io {
  stdout(text: string): void;
  /**
   * Resolves once what `stdout` was given has left the process's buffer (a pipe's reader caught up).
   * The batch waits on it after each line, so a slow reader holds the scans back instead of the
   * process buffering every report; absent where stdout is a string (tests, workers).
   */
  stdoutDrained?: () => Promise<void>;
  stderr(text: string): void;
  /** Resolves a user-given path against the working directory. */
  resolve(path: string): string;
  /** True when the path is an existing directory (never followed through a symlink by the scan itself). */
  isDirectory(path: string): Promise<boolean>;
  readFile(path: string): Promise<string>;
  /** Reads a whole file (package archives). */
  readBytes(path: string): Promise<Uint8Array>;
  /** True when the path is a regular file. */
  isFile(path: string): Promise<boolean>;
  /** Progress lines for an interactive terminal; absent when stderr is not a TTY. */
  progress?: (text: string) => void;
  /** ANSI colours in text output: stdout is a terminal and NO_COLOR is not set (or FORCE_COLOR is). */
  color?: boolean;
  /** Writes only the explicit `--output` path; a long report comes as chunks, written in order. */
  writeFile(path: string, text: string | Iterable<string>): Promise<void>;
  /** Batch mode: appends to the explicit `--output` path, lists a directory of checkouts (links not followed). */
  appendFile?: (path: string, text: string) => Promise<void>;
  listDirectory?: ListIo['listDirectory'];
  exists?: (path: string) => Promise<boolean>;
}
