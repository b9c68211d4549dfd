/** Parse problems: why a claimed file could not be read, or which facts of a program stay unknown. */
import { LibraryLoadError } from '../library.js';

/**
 * - `unreadable`: IO failed, not a regular file, or refused by a limit before reading
 * - `encoding`: not valid UTF-8 (or an encoding inert does not read)
 * - `syntax`: the format's parser rejected it
 * - `limit`: a size, depth, alias or count limit was hit
 * - `shape`: parsed, but not the structure the format requires
 * - `opaque`: a program-like manifest whose relevant facts cannot be read statically
 */
export type ProblemKind = 'unreadable' | 'encoding' | 'syntax' | 'limit' | 'shape' | 'opaque';

export interface ParseProblem {
  /** Relative to the scan root. */
  file: string;
  kind: ProblemKind;
  /** Human-readable, actionable: what failed and where. */
  reason: string;
  line?: number;
  column?: number;
  /** For `opaque`: which facts could not be determined (e.g. `dependencies`, `sources`). */
  facts?: readonly string[];
}

/** Outcome of a parser: never throws. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

/** Message of an unknown thrown value, for problem reasons. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/**
 * An `unreadable` problem when `error` is a library that could not be loaded (the scan is then
 * incomplete), else undefined: a parser's catch must never report a broken installation as a syntax
 * error in the file, nor drop it (docs/decisions/0021).
 */
export function libraryProblem(file: string, error: unknown): ParseProblem | undefined {
  return error instanceof LibraryLoadError ? { file, kind: 'unreadable', reason: error.message } : undefined;
}

/** A parser's library, loaded before its reader's `try`: a failed load is the file's `unreadable` problem; any other error propagates. */
export function loadLibrary<T>(file: string, lib: () => T): Parsed<T> {
  try {
    return { ok: true, value: lib() };
  } catch (error) {
    const problem = libraryProblem(file, error);
    if (problem) return { ok: false, problem };
    throw error;
  }
}

/** Where a streaming XML parser (saxes) stopped: its first error, at the parser's position. */
export interface XmlFailure {
  reason: string;
  line: number;
  column: number;
}

/** The first error of a streaming XML parser at its 0-based `column`: its message without saxes's `file:line:col: ` prefix. */
export function xmlFailure(error: unknown, line: number, column: number): XmlFailure {
  return { reason: errorMessage(error).replace(/^(?:[^:]*:)?\d+:\d+: /, ''), line, column: column + 1 };
}

/**
 * Why an XML file is unread: it declares a DTD or entities (`shape`, with `dtdReason`: inert
 * processes none, docs/decisions/0013), else the parser failed at `failure` (`syntax`).
 */
export function xmlProblem(
  file: string,
  doctype: boolean,
  failure: XmlFailure | undefined,
  dtdReason: string,
): ParseProblem {
  if (doctype || !failure) return { file, kind: 'shape', reason: dtdReason };
  return {
    file,
    kind: 'syntax',
    reason: `invalid XML at line ${failure.line}, column ${failure.column}: ${failure.reason}`,
    line: failure.line,
    column: failure.column,
  };
}
