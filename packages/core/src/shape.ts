/**
 * Shape guards for parsed JSON, YAML and TOML values, one definition for every plugin and the CLI
 * (#24.2). A record is any non-null object that is not an array: parsers hand back plain objects,
 * null-prototype objects (smol-toml, `JSON.parse` revivers) and, from the YAML reader, objects
 * whose keys are own properties; all of them are records. Class instances are records too: nothing a
 * parser returns is one, and a guard that looked at the prototype would refuse null-prototype tables.
 */

/** `value` is an object with string keys: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
