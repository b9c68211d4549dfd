/**
 * The JSON report as a stream of chunks (issue #25, docs/decisions/0015): the concatenation of the
 * chunks is, byte for byte, `safeJson(result, 2)` plus a newline, but no string larger than one chunk
 * is ever built. The outer levels of the report (the result, its members, their members) are written
 * here with the indentation `JSON.stringify(value, undefined, 2)` gives them; every value below that
 * (one finding, one inventory package, one file) is stringified on its own by `safeJsonPiece`, which
 * applies safeJson's rules (lone surrogates as visible text) to that value alone.
 */
import { escapeJsonText, safeJsonPiece } from './escape.js';

/** Containers at this depth or deeper are stringified whole (the result is depth 0, a package depth 3). */
const STREAM_DEPTH = 3;
/** Pieces are joined into chunks of about this many characters before they are escaped and yielded. */
const CHUNK_CHARS = 64 * 1024;

/** The JSON report in chunks; `[...jsonChunks(r)].join('')` equals `renderJson(r)`. */
export function* jsonChunks(result: unknown): Generator<string, void, undefined> {
  let buffer = '';
  for (const piece of pieces(result, toJsonValue(result, ''), 0)) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield escapeJsonText(buffer);
      buffer = '';
    }
  }
  yield escapeJsonText(`${buffer}\n`);
}

/**
 * The text of one member at nesting `depth`, as pieces that never split a JSON string: `original` as
 * it is in its parent, `value` what JSON.stringify serializes for it (after `toJSON`).
 */
function* pieces(original: unknown, value: unknown, depth: number): Generator<string, void, undefined> {
  if (depth >= STREAM_DEPTH || value === null || typeof value !== 'object') {
    yield indented(safeJsonPiece(original, 2), depth);
    return;
  }
  const inner = '\n' + '  '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[${inner}` : `,${inner}`;
      const member = toJsonValue(value[i], String(i));
      // An array member that JSON cannot hold (undefined, a function) is written as null, as JSON.stringify does.
      if (isOmitted(member)) yield 'null';
      else yield* pieces(value[i], member, depth + 1);
    }
  } else {
    let first = true;
    for (const name of Object.keys(value)) {
      const original = (value as Record<string, unknown>)[name];
      const member = toJsonValue(original, name);
      // An object member JSON cannot hold is left out, as JSON.stringify does.
      if (isOmitted(member)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(name)}: `;
      first = false;
      yield* pieces(original, member, depth + 1);
    }
    if (first) {
      yield '{}';
      return;
    }
  }
  yield `\n${'  '.repeat(depth)}${Array.isArray(value) ? ']' : '}'}`;
}

/** What JSON.stringify serializes for `value`: its `toJSON(key)` when it has one. */
function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  return value;
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A value stringified at depth 0, moved to `depth`: its own newlines are the only raw ones (strings escape theirs). */
function indented(text: string, depth: number): string {
  return depth === 0 || !text.includes('\n') ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
