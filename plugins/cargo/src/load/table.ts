/** Shape guards for parsed TOML values: permissive, never throw. https://doc.rust-lang.org/cargo/reference/manifest.html */

import { isRecord } from '@inert/core';

export type Table = Record<string, unknown>;

/** The value as a table, or an empty one when it is anything else. */
export function table(value: unknown): Table {
  return isRecord(value) ? value : {};
}

// The core's shape guard for strings, one definition for every plugin (#24.2).
export { stringOf as str } from '@inert/core';

/** Cargo's "program path with args": a string split on spaces, or an array of strings. https://doc.rust-lang.org/cargo/reference/config.html#executable-paths-with-arguments */
export function programWords(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter((w) => w !== '');
  if (Array.isArray(value)) return value.filter((w): w is string => typeof w === 'string');
  return [];
}

/** Entries of a table, in document order. */
export function entries(value: unknown): [string, unknown][] {
  return Object.entries(table(value));
}
