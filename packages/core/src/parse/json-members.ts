/**
 * The lines of one root member's members (a package-lock's `packages` entries) without a position
 * node per entry: one tight pass that counts lines and nesting, records the root's members on the
 * trie as the full pass would, and keeps each entry's key offset in typed arrays. A later request
 * under an entry re-scans that entry's value alone (issue #25, docs/decisions/0020). Plain JSON only:
 * the text has been validated by JSON.parse (no comments).
 */
import type { Span } from '../pointer.js';
import {
  BACKSLASH,
  COLON,
  COMMA,
  CR,
  LBRACE,
  LBRACKET,
  NL,
  QUOTE,
  RBRACE,
  RBRACKET,
  RouteTrie,
} from './json-positions.js';

const SPACE = 32;

/** Root members recorded on the trie without a request, as recordPositions records them. */
const MAX_ROOT_MEMBERS = 64;

/** Where each member of the indexed object starts: offsets of its key's quotes and its line. */
export interface MemberIndex {
  /** The indexed root member's key. */
  readonly name: string;
  /** Member keys in the object's enumeration order (as given), and the position of each. */
  readonly keys: readonly string[];
  readonly keyStart: Int32Array;
  readonly keyEnd: Int32Array;
  readonly line: Int32Array;
  readonly lineStart: Int32Array;
  /** Key → slot, made on the first request under a member. */
  slots?: Map<string, number>;
}

/** Offset of the quote that closes the string opening at `i`. */
function stringEnd(text: string, i: number): number {
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

/** The key between the quotes at `i` and `j`, escapes decoded. */
function keyAt(text: string, i: number, j: number): string {
  const raw = text.slice(i + 1, j);
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** True when the key between the quotes at `i` and `j` is `key` (compared in place when it has no escape). */
function keyIs(text: string, i: number, j: number, key: string): boolean {
  if (j - i - 1 === key.length && text.startsWith(key, i + 1)) return true;
  for (let k = i + 1; k < j; k++) if (text.charCodeAt(k) === BACKSLASH) return keyAt(text, i, j) === key;
  return false;
}

/**
 * Scans the document once: records the root object's value span and its members (up to 64: key and
 * value spans, container offsets for a later re-scan) on `root`, and the key position of every member
 * of the root member `name`. `keys` are that object's keys in enumeration order (`for…in` of the
 * parsed value). Returns undefined when the shape does not allow it (the root is not an object, `name`
 * is missing, not an object, or written twice): the caller falls back to the full pass.
 */
export function indexMembers(
  text: string,
  root: RouteTrie,
  name: string,
  keys: readonly string[],
): MemberIndex | undefined {
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  // Leading whitespace (JSON.parse accepted the text: only whitespace precedes the value).
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL || (c === CR && text.charCodeAt(i + 1) !== NL)) {
      line++;
      lineStart = i + 1;
    } else if (c > 32) break;
  }
  if (text.charCodeAt(i) !== LBRACE) return undefined;
  const index: MemberIndex = {
    name,
    keys,
    keyStart: new Int32Array(keys.length).fill(-1),
    keyEnd: new Int32Array(keys.length),
    line: new Int32Array(keys.length),
    lineStart: new Int32Array(keys.length),
  };
  const rootValue: Span = { line, column: i - lineStart + 1 };
  const nodes = new Map<string, RouteTrie>();
  /** Keys of the indexed object met out of enumeration order (duplicates, integer-like keys), in text order. */
  const late: { key: string; keyStart: number; keyEnd: number; line: number; lineStart: number }[] = [];
  let expected = 0;
  let depth = 0;
  let expectKey = false;
  let member: RouteTrie | undefined;
  let inIndexed = false;
  let indexedSeen = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    // Indentation first: the most frequent character outside strings.
    if (c === SPACE) continue;
    if (c === QUOTE) {
      const j = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        expectKey = false;
        const key = keyAt(text, i, j);
        member = nodes.get(key);
        if (!member && nodes.size < MAX_ROOT_MEMBERS) nodes.set(key, (member = new RouteTrie()));
        if (member) member.key = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
        if (key === name) {
          if (indexedSeen) return undefined;
          indexedSeen = true;
          inIndexed = true;
        }
      } else if (depth === 2 && inIndexed && expectKey) {
        expectKey = false;
        if (expected < keys.length && keyIs(text, i, j, keys[expected]!)) {
          const slot = expected++;
          index.keyStart[slot] = i;
          index.keyEnd[slot] = j;
          index.line[slot] = line;
          index.lineStart[slot] = lineStart;
        } else late.push({ key: keyAt(text, i, j), keyStart: i, keyEnd: j, line, lineStart });
      } else if (depth === 1 && member) {
        // A string value of a root member.
        member.value = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
      }
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
      depth++;
      if (depth === 1) expectKey = true;
      else if (depth === 2) {
        if (member) {
          member.value = { line, column: i - lineStart + 1 };
          member.offset = i;
          member.lineStart = lineStart;
        }
        if (inIndexed) {
          if (c !== LBRACE) return undefined;
          expectKey = true;
        }
      }
      continue;
    }
    if (c === RBRACE || c === RBRACKET) {
      depth--;
      if (depth === 1) {
        if (member?.value) Object.assign(member.value, { endLine: line, endColumn: i - lineStart + 2 });
        inIndexed = false;
      } else if (depth === 0) {
        Object.assign(rootValue, { endLine: line, endColumn: i - lineStart + 2 });
        break;
      }
      continue;
    }
    if (c === COMMA) {
      if (depth === 1 || (depth === 2 && inIndexed)) expectKey = true;
      continue;
    }
    if (c <= 32 || c === COLON) continue;
    // A literal (number, true, false, null): recorded when it is a root member's value.
    let j = i;
    while (j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d === COMMA || d === RBRACE || d === RBRACKET || d <= 32) break;
      j++;
    }
    if (depth === 1 && member)
      member.value = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
    i = j;
  }
  if (!indexedSeen) return undefined;
  if (late.length > 0) {
    // A key met out of order: its last occurrence wins, as in the full pass (offsets only grow).
    const slotOf = new Map(keys.map((k, s) => [k, s]));
    for (const at of late) {
      const slot = slotOf.get(at.key);
      if (slot === undefined || at.keyStart < index.keyStart[slot]!) continue;
      index.keyStart[slot] = at.keyStart;
      index.keyEnd[slot] = at.keyEnd;
      index.line[slot] = at.line;
      index.lineStart[slot] = at.lineStart;
    }
  }
  root.value = rootValue;
  root.children ??= new Map();
  for (const [key, node] of nodes) if (!root.children.has(key)) root.children.set(key, node);
  root.markScanned();
  return index;
}
