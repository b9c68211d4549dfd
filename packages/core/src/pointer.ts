/** Symbolic locations: checks say where in a document; the core resolves to lines and columns. */

/** A path of keys and indexes into a parsed document. */
export type Route = readonly (string | number)[];

/** A 1-based span in a file. */
export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A parsed document that can turn routes into spans. */
export interface Locatable {
  /** Path relative to the scan root, `/`-separated. */
  readonly path: string;
  /**
   * Resolves many routes in one pass (lockfiles are large; one pass per route would be quadratic).
   * A route that does not exist resolves to its nearest existing ancestor.
   */
  locate(requests: readonly LocateRequest[]): Span[];
}

/** One route to resolve, pointing at the key or at the value. */
export interface LocateRequest {
  route: Route;
  part: 'key' | 'value';
}

/** Where a finding is: a route into a positioned document, or a line in a line-oriented file. */
export type Pointer =
  | { doc: Locatable; route: Route; part?: 'key' | 'value' }
  | { file: string; line: number; column?: number; endLine?: number; endColumn?: number };

/** The start of a file, for findings about a whole file. */
export function fileStart(file: string): Pointer {
  return { file, line: 1, column: 1 };
}
