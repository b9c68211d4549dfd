/**
 * One pass over JSON text that records the positions of requested routes: a charCode loop that
 * tracks only nesting, strings and the keys on requested routes (3–5× faster than a generic
 * visitor on a 12 MB lockfile). The text has already been validated by JSON.parse (or jsonc-parser
 * for JSONC: comments are skipped here too).
 */
import type { Route, Span } from '../pointer.js';

/** A route prefix tree; every node on a requested route records its key and value spans. */
export class RouteTrie {
  /** Created on the first child: most nodes (a lock's 28k entries) are leaves. */
  children: Map<string, RouteTrie> | undefined;
  key: Span | undefined;
  value: Span | undefined;
  /** Offset of the value's first character, and of the start of its line (for re-scanning the value alone). */
  offset = -1;
  lineStart = 0;
  /** Set once a pass has covered this node: its spans are final. */
  scanned = false;

  /** Adds a route; returns true when it added a node no pass has covered yet. */
  insert(route: Route): boolean {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    let node: RouteTrie = this;
    let added = false;
    for (const segment of route) {
      const k = String(segment);
      let next = node.children?.get(k);
      if (!next) {
        (node.children ??= new Map()).set(k, (next = new RouteTrie()));
        added = true;
      }
      node = next;
    }
    return added;
  }

  /** The span of a route, or of its deepest recorded ancestor. */
  find(route: Route, part: 'key' | 'value'): Span {
    let best: Span = this.value ?? { line: 1, column: 1 };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    let node: RouteTrie | undefined = this;
    for (let i = 0; i < route.length && node; i++) {
      node = node.children?.get(String(route[i]));
      const last = i === route.length - 1;
      const span = node && (last && part === 'key' ? (node.key ?? node.value) : node.value);
      if (span) best = span;
    }
    return best;
  }

  /**
   * The nodes whose values must be (re-)scanned so every node of the tree is covered: the deepest
   * covered containers above uncovered nodes. A covered node with no recorded container value has
   * no children in the text, so its uncovered children are final as they are (they do not exist).
   */
  pending(): RouteTrie[] {
    if (!this.scanned) return [this];
    const out: RouteTrie[] = [];
    const stack: RouteTrie[] = [this];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!node.children) continue;
      let uncovered = false;
      for (const child of node.children.values())
        if (!child.scanned) {
          uncovered = true;
          break;
        }
      if (uncovered) out.push(node);
      else for (const child of node.children.values()) stack.push(child);
    }
    return out;
  }

  /** Marks this node and everything below it as covered. */
  markScanned(): void {
    const stack: RouteTrie[] = [this];
    while (stack.length > 0) {
      const node = stack.pop()!;
      node.scanned = true;
      if (node.children) for (const child of node.children.values()) stack.push(child);
    }
  }
}

/** Members of the scanned value recorded without a request, per pass (see the key branch below). */
const MAX_UNREQUESTED = 64;

interface Frame {
  array: boolean;
  node: RouteTrie | undefined;
  index: number;
  pending: RouteTrie | undefined;
  expectKey: boolean;
}

/** Character codes the JSON scanners compare against (json-members.ts shares them). */
export const QUOTE = 34,
  BACKSLASH = 92,
  NL = 10,
  CR = 13,
  LBRACE = 123,
  RBRACE = 125,
  LBRACKET = 91,
  RBRACKET = 93,
  COMMA = 44,
  COLON = 58;
const SLASH = 47,
  STAR = 42;

/**
 * Records spans on `root`'s nodes; lines and columns are 1-based (columns in UTF-16 units). Scans the
 * one value that starts at `from` (the whole document by default; a recorded container's offset,
 * line and line start to re-scan that value alone) and stops at its end.
 */
export function recordPositions(text: string, root: RouteTrie, from = 0, startLine = 1, startLineStart = 0): void {
  const stack: Frame[] = [];
  let unrequested = 0;
  let line = startLine;
  let lineStart = startLineStart;
  const n = text.length;
  const valueNode = (): RouteTrie | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    if (top.array) {
      const index = top.index++;
      return top.node?.children?.get(String(index));
    }
    return top.pending;
  };
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
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
    if (c <= 32 || c === COMMA || c === COLON) {
      if (c === COMMA) {
        const top = stack[stack.length - 1];
        if (top && !top.array) top.expectKey = true;
      }
      continue;
    }
    if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      // JSONC comments (tsconfig and lockfiles written as JSONC): skip, counting lines inside block comments.
      const block = text.charCodeAt(i + 1) === STAR;
      // A line comment ends at CR or LF (as jsonc-parser reads it); line breaks inside a block comment count.
      const end = block ? text.indexOf('*/', i + 2) : lineEnd(text, i);
      const stop = end < 0 ? n : block ? end + 1 : end - 1;
      for (let k = i; k <= stop && k < n; k++) {
        const d = text.charCodeAt(k);
        if (d === NL || (d === CR && text.charCodeAt(k + 1) !== NL)) {
          line++;
          lineStart = k + 1;
        }
      }
      i = stop;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      let j = i + 1;
      // indexOf is native and fast; backslashes before the quote decide whether it ends the string.
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) {
          j = n;
          break;
        }
        let k = j - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((j - k) % 2 === 1) break;
        j++;
      }
      if (top && !top.array && top.expectKey) {
        top.expectKey = false;
        const parent = top.node;
        // The members of the scanned value itself are recorded even when not requested (a few dozen at
        // most): a later request for one (a lock's `lockfileVersion` after its entries) then needs no
        // second pass over the whole text.
        const record = stack.length === 1 && unrequested < MAX_UNREQUESTED;
        if (parent && (parent.children || record)) {
          const raw = text.slice(i + 1, j);
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          top.pending = parent.children?.get(key);
          if (!top.pending && record) {
            (parent.children ??= new Map()).set(key, (top.pending = new RouteTrie()));
            unrequested++;
          }
          if (top.pending)
            top.pending.key = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
        } else top.pending = undefined;
      } else {
        const node = valueNode();
        if (node) node.value = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
        if (!top) break;
      }
      i = j;
      continue;
    }
    if (c === LBRACE || c === LBRACKET) {
      const node = valueNode();
      if (node) {
        node.value = { line, column: i - lineStart + 1 };
        node.offset = i;
        node.lineStart = lineStart;
      }
      stack.push({ array: c === LBRACKET, node, index: 0, pending: undefined, expectKey: c === LBRACE });
      continue;
    }
    if (c === RBRACE || c === RBRACKET) {
      const frame = stack.pop();
      if (frame?.node?.value) Object.assign(frame.node.value, { endLine: line, endColumn: i - lineStart + 2 });
      if (stack.length === 0) break;
      continue;
    }
    // A literal: number, true, false, null.
    let j = i;
    while (j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d === COMMA || d === RBRACE || d === RBRACKET || d <= 32 || d === SLASH) break;
      j++;
    }
    const node = valueNode();
    if (node) node.value = { line, column: i - lineStart + 1, endLine: line, endColumn: j - lineStart + 2 };
    if (!top) break;
    i = j;
  }
}

/** Offset of the first CR or LF at or after `from`, -1 when none. */
function lineEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === NL || c === CR) return k;
  }
  return -1;
}
