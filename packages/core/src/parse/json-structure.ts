/**
 * The one pass a package-lock pays before JSON.parse (issue #25, docs/decisions/0030): the deepest
 * bracket nesting, exactly as `bracketDepth` counts it (the nesting limit is checked before the
 * parser sees the text), and, in the same pass, the raw offsets and lines of the root object's
 * members and of every member key of one root member (a package-lock's `packages`). Nothing is
 * decoded here: the text is not validated yet. After JSON.parse has accepted it, `indexMembers`
 * (json-members.ts) turns these offsets into the member index, so the entry lines cost no second
 * pass over the text.
 */
import { BACKSLASH, COLON, COMMA, CR, LBRACE, LBRACKET, NL, QUOTE, RBRACE, RBRACKET } from './json-positions.js';
import { bracketDepth } from './lines.js';

const SPACE = 32;

/** A root member as the pass met it: its key's quotes, and its value's start and end (offsets and lines). */
export interface RawRootMember {
  keyStart: number;
  keyEnd: number;
  keyLine: number;
  keyLineStart: number;
  /** The value's first and last character; `end` is -1 while a container is open. */
  start: number;
  end: number;
  line: number;
  lineStart: number;
  endLine: number;
  endLineStart: number;
  container: boolean;
  /** True when a value was met (an invalid text may have a key without one). */
  valued: boolean;
}

/** Raw positions for the member index, in text order; only meaningful once JSON.parse accepted the text. */
export interface RawMembers {
  readonly name: string;
  /** The root object's `{` and `}` (end -1 when it never closes). */
  readonly rootStart: number;
  readonly rootLine: number;
  readonly rootLineStart: number;
  readonly rootEnd: number;
  readonly rootEndLine: number;
  readonly rootEndLineStart: number;
  readonly root: RawRootMember[];
  /** Keys of the member `name`, in text order: quotes, line and the line's start (columns of one length). */
  readonly keyStart: Int32Array;
  readonly keyEnd: Int32Array;
  readonly line: Int32Array;
  readonly lineStart: Int32Array;
}

/** Offset of the quote that closes the string opening at `i` (the text's length when none does). */
export function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return text.length;
    let k = j - 1;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((j - k) % 2 === 1) return j;
    j++;
  }
}

/** True when the key between the quotes at `i` and `j` is `key`; false when its escapes do not decode. */
function rawKeyIs(text: string, i: number, j: number, key: string): boolean {
  if (j - i - 1 === key.length && text.startsWith(key, i + 1)) return true;
  const raw = text.slice(i + 1, j);
  if (!raw.includes('\\')) return false;
  try {
    return JSON.parse(`"${raw}"`) === key;
  } catch {
    return false;
  }
}

/**
 * `bracketDepth(text, '"')` and, when the text is an object whose member `name` is an object written
 * once, the raw member positions; `members` is undefined otherwise (the caller falls back to a pass
 * after parsing). Linear: one loop, strings skipped with the native indexOf.
 */
export function scanStructure(text: string, name: string): { depth: number; members: RawMembers | undefined } {
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL || (c === CR && text.charCodeAt(i + 1) !== NL)) {
      line++;
      lineStart = i + 1;
    } else if (c > 32) break;
  }
  if (text.charCodeAt(i) !== LBRACE) return { depth: bracketDepth(text, '"'), members: undefined };
  const rootStart = i;
  const rootLine = line;
  const rootLineStart = lineStart;
  let rootEnd = -1;
  let rootEndLine = 0;
  let rootEndLineStart = 0;
  const root: RawRootMember[] = [];
  // The indexed member's keys, as columns that double when full: arrays grown a push at a time are
  // reallocated in fresh large-object pages on a 28,000-entry lock (docs/decisions/0039), and the
  // member index keeps these columns as they are when the keys are in enumeration order. Offsets and
  // lines fit: a string is shorter than 2^31.
  let keyStart = new Int32Array(COLUMN_START);
  let keyEnd = new Int32Array(COLUMN_START);
  let lines = new Int32Array(COLUMN_START);
  let lineStarts = new Int32Array(COLUMN_START);
  let count = 0;
  /** False once the shape rules the index out (`name` twice, or not an object); the depth is still counted. */
  let indexable = true;
  let member: RawRootMember | undefined;
  let depth = 0;
  let max = 0;
  let expectKey = false;
  let inIndexed = false;
  let indexedSeen = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) continue;
    if (c === QUOTE) {
      const j = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        expectKey = false;
        member = {
          keyStart: i,
          keyEnd: j,
          keyLine: line,
          keyLineStart: lineStart,
          start: -1,
          end: -1,
          line: 0,
          lineStart: 0,
          endLine: 0,
          endLineStart: 0,
          container: false,
          valued: false,
        };
        root.push(member);
        if (indexable && rawKeyIs(text, i, j, name)) {
          if (indexedSeen) indexable = false;
          indexedSeen = true;
          inIndexed = true;
        }
      } else if (depth === 2 && inIndexed && expectKey) {
        expectKey = false;
        if (count === keyStart.length) {
          keyStart = doubled(keyStart);
          keyEnd = doubled(keyEnd);
          lines = doubled(lines);
          lineStarts = doubled(lineStarts);
        }
        keyStart[count] = i;
        keyEnd[count] = j;
        lines[count] = line;
        lineStarts[count++] = lineStart;
      } else if (depth === 1 && member) setValue(member, i, j, line, lineStart, false);
      i = j;
      continue;
    }
    if (c === NL) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c === CR) {
      if (text.charCodeAt(i + 1) !== NL) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (c === LBRACE || c === LBRACKET) {
      if (++depth > max) max = depth;
      if (depth === 1) expectKey = true;
      else if (depth === 2) {
        if (member) setValue(member, i, -1, line, lineStart, true);
        if (inIndexed) {
          if (c !== LBRACE) indexable = false;
          expectKey = true;
        }
      }
      continue;
    }
    if (c === RBRACE || c === RBRACKET) {
      depth--;
      if (depth === 1) {
        if (member?.container && member.end < 0) {
          member.end = i;
          member.endLine = line;
          member.endLineStart = lineStart;
        }
        inIndexed = false;
      } else if (depth === 0) {
        rootEnd = i;
        rootEndLine = line;
        rootEndLineStart = lineStart;
        // Whatever follows the root (only whitespace in valid JSON) is counted as bracketDepth counts it.
        max = Math.max(max, bracketDepth(text, '"', i + 1));
        break;
      }
      continue;
    }
    if (c === COMMA) {
      if (depth === 1 || (depth === 2 && inIndexed)) expectKey = true;
      continue;
    }
    if (c <= 32 || c === COLON) continue;
    // A literal (number, true, false, null). It stops at a quote or an opening bracket too: in a text
    // JSON.parse will refuse, those count for the depth as bracketDepth counts them.
    let j = i;
    while (j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d === COMMA || d === RBRACE || d === RBRACKET || d <= 32 || d === QUOTE || d === LBRACE || d === LBRACKET)
        break;
      j++;
    }
    if (depth === 1 && member) setValue(member, i, j, line, lineStart, false);
    i = j;
  }
  if (!indexable || !indexedSeen) return { depth: max, members: undefined };
  const members: RawMembers = {
    name,
    rootStart,
    rootLine,
    rootLineStart,
    rootEnd,
    rootEndLine,
    rootEndLineStart,
    root,
    keyStart: keyStart.subarray(0, count),
    keyEnd: keyEnd.subarray(0, count),
    line: lines.subarray(0, count),
    lineStart: lineStarts.subarray(0, count),
  };
  return { depth: max, members };
}

/** A column's first size; it doubles when full. */
const COLUMN_START = 1024;

function doubled(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(column.length * 2);
  bigger.set(column);
  return bigger;
}

function setValue(
  member: RawRootMember,
  start: number,
  end: number,
  line: number,
  lineStart: number,
  container: boolean,
) {
  member.valued = true;
  member.start = start;
  member.end = end;
  member.line = line;
  member.lineStart = lineStart;
  member.endLine = line;
  member.endLineStart = lineStart;
  member.container = container;
}
