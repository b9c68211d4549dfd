/** Small shape guards for parsed TOML/JSON: permissive, dropping what does not fit. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rec(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Own entries of a record (TOML/JSON objects are null-prototype or own-keyed). */
export function entries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.keys(value).map((k) => [k, value[k]]) : [];
}
