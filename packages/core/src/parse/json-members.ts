/**
 * The lines of one root member's members (a package-lock's `packages` entries) without a position
 * node per entry: the offsets and lines the pass before JSON.parse recorded (json-structure.ts, which
 * also checks the nesting limit) become the root's members on the trie, as the full pass records them,
 * and each entry's key offset in typed arrays. A later request under an entry re-scans that entry's
 * value alone (issue #25, docs/decisions/0020, 0030). Plain JSON only: the text has been validated by
 * JSON.parse (no comments).
 */
import type { Span } from '../pointer.js';
import { BACKSLASH, RouteTrie } from './json-positions.js';
import { scanStructure, type RawMembers } from './json-structure.js';

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
 * The member index of the root member `name` from the raw positions `raw` (scanStructure's, made on
 * this text; scanned now when not given): records the root object's value span and its members (up to
 * 64: key and value spans, container offsets for a later re-scan) on `root`, and the key position of
 * every member of `name`. `keys` are that object's keys in enumeration order (`for…in` of the parsed
 * value). Returns undefined when the shape does not allow it (the root is not an object, `name` is
 * missing, not an object, or written twice): the caller falls back to the full pass.
 */
export function indexMembers(
  text: string,
  root: RouteTrie,
  name: string,
  keys: readonly string[],
  raw: RawMembers | undefined = scanStructure(text, name).members,
): MemberIndex | undefined {
  if (!raw || raw.name !== name || raw.rootEnd < 0) return undefined;
  // The common case, each key met once and in enumeration order: the pass's own columns are the index.
  let inOrder = raw.keyStart.length === keys.length;
  for (let k = 0; inOrder && k < keys.length; k++) inOrder = keyIs(text, raw.keyStart[k]!, raw.keyEnd[k]!, keys[k]!);
  const index: MemberIndex = inOrder
    ? { name, keys, keyStart: raw.keyStart, keyEnd: raw.keyEnd, line: raw.line, lineStart: raw.lineStart }
    : {
        name,
        keys,
        keyStart: new Int32Array(keys.length).fill(-1),
        keyEnd: new Int32Array(keys.length),
        line: new Int32Array(keys.length),
        lineStart: new Int32Array(keys.length),
      };
  // The root's members in text order, as the pass met them: a key written twice keeps its node, and
  // its later key and value replace the earlier ones; members past the 64th distinct key are not recorded.
  const nodes = new Map<string, RouteTrie>();
  for (const m of raw.root) {
    const key = keyAt(text, m.keyStart, m.keyEnd);
    let member = nodes.get(key);
    if (!member && nodes.size < MAX_ROOT_MEMBERS) nodes.set(key, (member = new RouteTrie()));
    if (!member) continue;
    member.key = {
      line: m.keyLine,
      column: m.keyStart - m.keyLineStart + 1,
      endLine: m.keyLine,
      endColumn: m.keyEnd - m.keyLineStart + 2,
    };
    if (!m.valued) continue;
    if (m.container) {
      member.value = { line: m.line, column: m.start - m.lineStart + 1 };
      member.offset = m.start;
      member.lineStart = m.lineStart;
      if (m.end >= 0) Object.assign(member.value, { endLine: m.endLine, endColumn: m.end - m.endLineStart + 2 });
    } else
      member.value = {
        line: m.line,
        column: m.start - m.lineStart + 1,
        endLine: m.line,
        endColumn: m.end - m.lineStart + 2,
      };
  }
  if (!inOrder) {
    /** Keys of the indexed object met out of enumeration order (duplicates, integer-like keys), in text order. */
    const late: { key: string; keyStart: number; keyEnd: number; line: number; lineStart: number }[] = [];
    let expected = 0;
    for (let k = 0; k < raw.keyStart.length; k++) {
      const i = raw.keyStart[k]!;
      const j = raw.keyEnd[k]!;
      if (expected < keys.length && keyIs(text, i, j, keys[expected]!)) {
        const slot = expected++;
        index.keyStart[slot] = i;
        index.keyEnd[slot] = j;
        index.line[slot] = raw.line[k]!;
        index.lineStart[slot] = raw.lineStart[k]!;
      } else
        late.push({ key: keyAt(text, i, j), keyStart: i, keyEnd: j, line: raw.line[k]!, lineStart: raw.lineStart[k]! });
    }
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
  }
  const rootValue: Span = {
    line: raw.rootLine,
    column: raw.rootStart - raw.rootLineStart + 1,
    endLine: raw.rootEndLine,
    endColumn: raw.rootEnd - raw.rootEndLineStart + 2,
  };
  root.value = rootValue;
  root.children ??= new Map();
  for (const [key, node] of nodes) if (!root.children.has(key)) root.children.set(key, node);
  root.markScanned();
  return index;
}
