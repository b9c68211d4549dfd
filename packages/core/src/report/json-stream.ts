/**
 * The JSON report as a stream of chunks (issue #25, docs/decisions/0015): the concatenation of the
 * chunks is, byte for byte, `safeJson(result, 2)` plus a newline, but no string larger than one chunk
 * is ever built. The outer levels of the report (the result, its members, their members) are written
 * here with the indentation `JSON.stringify(value, undefined, 2)` gives them; every value below that
 * (one finding, one inventory package, one file) is stringified on its own by `safeJsonPiece`, which
 * applies safeJson's rules (lone surrogates as visible text) to that value alone.
 */
import { deferredMember, type DeferredList } from '../inventory-rows.js';
import { escapeJsonText, safeJsonPiece } from './escape.js';

/** Containers at this depth or deeper are stringified whole (the result is depth 0, a package depth 3). */
const STREAM_DEPTH = 3;
const NONE: ReadonlySet<string> = new Set();
/** Pieces are joined into chunks of about this many characters before they are escaped and yielded. */
const CHUNK_CHARS = 64 * 1024;

/**
 * The JSON report in chunks; `[...jsonChunks(r)].join('')` equals `renderJson(r)`. The result's
 * members named in `whole` are stringified in one piece instead of member by member: for members of
 * bounded size (the plugins' own rules and profiles, not what the scanned tree sized), one native
 * JSON.stringify costs less than streaming them (docs/decisions/0033); the text is the same.
 */
export function* jsonChunks(result: unknown, whole: ReadonlySet<string> = NONE): Generator<string, void, undefined> {
  let buffer = '';
  for (const piece of pieces(result, toJsonValue(result, ''), 0, whole)) {
    if (piece.length >= PIECE_ALONE) {
      // A large piece (a batch of inventory packages, a member written whole) is a chunk of its own:
      // joined to the buffer it would be copied once more when the chunk is flattened to be measured
      // and encoded (22 MB of report text on a 28,000-entry lock; docs/decisions/0039).
      if (buffer) yield escapeChunk(buffer);
      buffer = '';
      yield escapeChunk(piece);
      continue;
    }
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield escapeChunk(buffer);
      buffer = '';
    }
  }
  yield escapeChunk(`${buffer}\n`);
}

/** Pieces at least this long are yielded as chunks of their own rather than joined to the buffer. */
const PIECE_ALONE = 8 * 1024;

/**
 * escapeJsonText of JSON.stringify text, which leaves no control character raw but the indentation's
 * newlines: text whose UTF-8 is as long as it (all ASCII) and holds no DEL has nothing to escape. The
 * native length count reads a 64 KB chunk about three times faster than the regex (decision 0032).
 */
function escapeChunk(text: string): string {
  return Buffer.byteLength(text, 'utf8') === text.length && !text.includes('\x7f') ? text : escapeJsonText(text);
}

/**
 * The text of one member at nesting `depth`, as pieces that never split a JSON string: `original` as
 * it is in its parent, `value` what JSON.stringify serializes for it (after `toJSON`).
 */
function* pieces(
  original: unknown,
  value: unknown,
  depth: number,
  whole: ReadonlySet<string> = NONE,
): Generator<string, void, undefined> {
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
    if (depth === STREAM_DEPTH - 1) {
      yield* batchedMembers(value, inner);
      yield `\n${'  '.repeat(depth)}]`;
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
      const rows = depth === STREAM_DEPTH - 2 ? deferredMember(value, name) : undefined;
      if (rows) {
        // Inventory packages made a batch at a time and dropped once written (decision 0032).
        yield `${first ? '{' : ','}${inner}${JSON.stringify(name)}: `;
        first = false;
        yield* deferredMembers(rows, `${inner}  `, depth + 1);
        continue;
      }
      const original = (value as Record<string, unknown>)[name];
      const member = toJsonValue(original, name);
      // An object member JSON cannot hold is left out, as JSON.stringify does.
      if (isOmitted(member)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(name)}: `;
      first = false;
      if (depth === 0 && whole.has(name)) yield indented(safeJsonPiece(original, 2), 1);
      else yield* pieces(original, member, depth + 1);
    }
    if (first) {
      yield '{}';
      return;
    }
  }
  yield `\n${'  '.repeat(depth)}${Array.isArray(value) ? ']' : '}'}`;
}

/**
 * The members of an array at depth STREAM_DEPTH - 1 (an inventory list: 27,000 packages on a large
 * lock), whose members are each written whole. Runs of up to BATCH members without `toJSON` are
 * stringified in one call, inside a wrapper that puts them at their depth in the report, so
 * JSON.stringify writes their indentation itself: no string and no re-indenting copy per member
 * (issue #25, docs/decisions/0025). A member with `toJSON`, or one JSON cannot hold, is written on
 * its own as before; the text is the same.
 */
function* batchedMembers(value: readonly unknown[], inner: string, opens = true): Generator<string, void, undefined> {
  // The wrapper's text assumes this depth (inner is "\n" and six spaces).
  let i = 0;
  while (i < value.length) {
    const first = i === 0 && opens;
    const original = value[i];
    if (!isPlainMember(original)) {
      yield first ? `[${inner}` : `,${inner}`;
      // `toJSON` called with the member's index, as JSON.stringify of the whole array calls it; its
      // result is written as it is (JSON.stringify does not call a second `toJSON`).
      const member = toJsonValue(original, String(i));
      if (isOmitted(member)) yield 'null';
      else yield indented(safeJsonPiece(isPlainMember(member) ? member : original, 2), STREAM_DEPTH);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < value.length && end - i < BATCH && isPlainMember(value[end])) end++;
    // `{"a": {"b": [ … ]}}` at indent 2 writes the members at depth 3, as the report has them. The
    // piece keeps the text before the first member that the report has there too: the wrapper's
    // `[` and indentation for the list's first run, and after a leading 0 (sliced off with the
    // wrapper) the `,` and indentation for a later one. A run is then one piece with its separator,
    // a slice of one flat string that jsonChunks yields alone, not joined to a separator first.
    const run = value.slice(i, end);
    if (!first) run.unshift(0);
    const text = safeJsonPiece({ a: { b: run } }, 2);
    yield text.slice(
      first ? BATCH_PREFIX.length - OPENING.length : BATCH_PREFIX.length + 1,
      text.length - BATCH_SUFFIX.length,
    );
    i = end;
  }
}

/** A deferred list at depth STREAM_DEPTH - 1, written as batchedMembers writes an array of the same members. */
function* deferredMembers(list: DeferredList, inner: string, depth: number): Generator<string, void, undefined> {
  if (list.length === 0) {
    yield '[]';
    return;
  }
  let first = true;
  for (const batch of list.batches(BATCH)) {
    if (batch.length === 0) continue;
    yield* batchedMembers(batch, inner, first);
    first = false;
  }
  yield `\n${'  '.repeat(depth)}]`;
}

/** Members per JSON.stringify call: a few tens of kilobytes of text for inventory packages. */
const BATCH = 64;
const BATCH_PREFIX = '{\n  "a": {\n    "b": [\n      ';
const BATCH_SUFFIX = '\n    ]\n  }\n}';
/** The end of BATCH_PREFIX that opens the list: `[`, a newline and the members' indentation. */
const OPENING = '[\n      ';

/** A member JSON.stringify writes as it is: not omitted, no `toJSON` (not called here). */
function isPlainMember(value: unknown): boolean {
  if (isOmitted(value)) return false;
  return value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON !== 'function';
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
