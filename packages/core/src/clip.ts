/**
 * Attacker-sized strings in every output (#20). Any string a scan puts in its result (a finding's
 * message, package or evidence, an inventory package name, a source URL, a hook command, a problem's
 * reason) that is longer than MAX_OUTPUT_STRING keeps its first 200 characters and says how long it
 * was: one hostile 2 MB name cannot make the JSON, SARIF, CycloneDX, text or Markdown report
 * megabytes long or repeat itself in each. The scan applies `clipStrings` to each finding before it is
 * yielded and to the rest of the result before it is returned, so no reporter has to remember to.
 */

/** Longest string an output carries whole: far above any real name, URL or command (10,000 characters). */
export const MAX_OUTPUT_STRING = 10_000;
/** Characters a clipped string keeps. */
const KEPT = 200;

/** `value`, or its first 200 characters, `…` and its length when it is longer than MAX_OUTPUT_STRING. */
export function clipValue(value: string): string {
  if (value.length <= MAX_OUTPUT_STRING) return value;
  // Never cut a surrogate pair in two: JSON output must stay well-formed UTF-16/UTF-8.
  const code = value.charCodeAt(KEPT - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? KEPT - 1 : KEPT;
  return `${value.slice(0, end)}… (${value.length} characters)`;
}

/**
 * `text`, or its first `max` characters and `…` when it is longer: what a message or evidence quotes
 * of a command or an expression. A surrogate pair at the cut is kept whole or dropped whole.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)}…`;
}

/**
 * `value` with every string in it (object values, array items and object keys) clipped; objects and
 * arrays that hold no long string are returned as they are, the others are copied (nothing is mutated).
 */
export function clipStrings<T>(value: T): T {
  // Most values hold no long string: one walk that allocates nothing says so, and only a value that
  // has one is copied by `clip` (an inventory of 27,000 packages made 27,000 key lists; decision 0032).
  return hasLongString(value) ? (clip(value) as T) : value;
}

/** True when a string in `value` (an object's key or value, an array item, at any depth) is longer than MAX_OUTPUT_STRING. */
function hasLongString(value: unknown): boolean {
  if (typeof value === 'string') return value.length > MAX_OUTPUT_STRING;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasLongString(value[i])) return true;
    return false;
  }
  // for…in also visits inherited enumerable keys: a long one there only sends the value to `clip`,
  // which reads own keys as before, so the answer is never "nothing to clip" when clip would clip.
  for (const key in value) {
    if (key.length > MAX_OUTPUT_STRING || hasLongString((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function clip(value: unknown): unknown {
  if (typeof value === 'string') return clipValue(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = clip(item);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const next = clip(item);
    const name = clipValue(key);
    if (next === item && name === key) continue;
    out ??= { ...record };
    if (name !== key) delete out[key];
    out[name] = next;
  }
  return out ?? value;
}
