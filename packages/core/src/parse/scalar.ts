/** A parsed value as text, for readers that keep a scalar setting and must never print `[object Object]`. */

/** The text of a string, number, boolean or bigint; undefined for anything else (null, a table, a list). */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}
