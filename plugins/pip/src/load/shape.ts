/** Small shape guards for parsed TOML/JSON: permissive, dropping what does not fit. */

import { isRecord } from '@inert/core';

// The core's shape guards, one definition for every plugin (#24.2).
export { isRecord, stringOf as str } from '@inert/core';

export function rec(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Own entries of a record (TOML/JSON objects are null-prototype or own-keyed). */
export function entries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.keys(value).map((k) => [k, value[k]]) : [];
}
