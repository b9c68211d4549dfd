/**
 * JSON with positions on demand: `JSON.parse` for the value (fast, no prototype pollution: `__proto__`
 * becomes an own key), and one streaming jsonc-parser pass for all requested routes.
 */
import { visit } from 'jsonc-parser';
import type { Locatable, LocateRequest, Route, Span } from '../pointer.js';
import { bracketDepth, LineIndex } from './lines.js';
import type { Parsed } from './problem.js';

export interface JsonDocument extends Locatable {
  readonly value: unknown;
  readonly text: string;
}

/** Parses JSON; never throws. `maxNesting` refuses deep documents before parsing. */
export function parseJson(text: string, path: string, options: { maxNesting?: number; comments?: boolean } = {}): Parsed<JsonDocument> {
  const maxNesting = options.maxNesting ?? 256;
  const depth = bracketDepth(text, '"');
  if (depth > maxNesting) {
    return { ok: false, problem: { file: path, kind: 'limit', reason: `JSON nested ${depth} levels deep, over the limit of ${maxNesting} (maxNesting)` } };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = options.comments ? parseJsonc(source) : JSON.parse(source);
    return { ok: true, value: new PositionedJson(path, source, value) };
  } catch (error) {
    const at = firstErrorOffset(source, options.comments === true);
    const pos = new LineIndex(source).at(at);
    const reason = `invalid JSON at line ${pos.line}, column ${pos.column}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { ok: false, problem: { file: path, kind: 'syntax', reason, line: pos.line, column: pos.column } };
  }
}

class PositionedJson implements JsonDocument {
  constructor(readonly path: string, readonly text: string, readonly value: unknown) {}

  locate(requests: readonly LocateRequest[]): Span[] {
    const root = new TrieNode();
    for (const { route } of requests) root.insert(route);
    scan(this.text, root);
    return requests.map(({ route, part }) => root.find(route, part));
  }
}

/** A route prefix tree; every node on a requested route records its key and value spans. */
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  key: Span | undefined;
  value: Span | undefined;

  insert(route: Route): void {
    let node: TrieNode = this;
    for (const segment of route) {
      const k = String(segment);
      let next = node.children.get(k);
      if (!next) node.children.set(k, (next = new TrieNode()));
      node = next;
    }
  }

  find(route: Route, part: 'key' | 'value'): Span {
    let best: Span = this.value ?? { line: 1, column: 1 };
    let node: TrieNode | undefined = this;
    for (let i = 0; i < route.length && node; i++) {
      node = node.children.get(String(route[i]));
      const last = i === route.length - 1;
      const span = node && (last && part === 'key' ? (node.key ?? node.value) : node.value);
      if (span) best = span;
    }
    return best;
  }
}

interface Frame {
  array: boolean;
  node: TrieNode | undefined;
  index: number;
  pending: TrieNode | undefined;
}

function scan(text: string, root: TrieNode): void {
  const stack: Frame[] = [];
  const valueNode = (): TrieNode | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    if (top.array) return top.node?.children.get(String(top.index++));
    return top.pending;
  };
  const begin = (array: boolean, line: number, ch: number) => {
    const node = valueNode();
    if (node) node.value = { line: line + 1, column: ch + 1 };
    stack.push({ array, node, index: 0, pending: undefined });
  };
  const end = (line: number, ch: number) => {
    const frame = stack.pop();
    if (frame?.node?.value) Object.assign(frame.node.value, { endLine: line + 1, endColumn: ch + 2 });
  };
  visit(text, {
    onObjectBegin: (_o, _l, line, ch) => begin(false, line, ch),
    onArrayBegin: (_o, _l, line, ch) => begin(true, line, ch),
    onObjectEnd: (_o, _l, line, ch) => end(line, ch),
    onArrayEnd: (_o, _l, line, ch) => end(line, ch),
    onObjectProperty: (name, _o, length, line, ch) => {
      const top = stack[stack.length - 1]!;
      top.pending = top.node?.children.get(name);
      if (top.pending) top.pending.key = { line: line + 1, column: ch + 1, endLine: line + 1, endColumn: ch + length + 1 };
    },
    onLiteralValue: (_v, _o, length, line, ch) => {
      const node = valueNode();
      if (node) node.value = { line: line + 1, column: ch + 1, endLine: line + 1, endColumn: ch + length + 1 };
    },
  }, { allowTrailingComma: true, disallowComments: false });
}

function firstErrorOffset(text: string, comments: boolean): number {
  let at = -1;
  visit(text, { onError: (_e, offset) => { if (at < 0) at = offset; } }, { disallowComments: !comments, allowTrailingComma: comments });
  return at < 0 ? 0 : at;
}

/** JSONC (comments, trailing commas) as in tsconfig, bun.lock, .vscode files. */
function parseJsonc(text: string): unknown {
  let failed = -1;
  const stack: { container: Record<string, unknown> | unknown[]; key: string | undefined }[] = [];
  let result: unknown;
  const put = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) result = value;
    else if (Array.isArray(top.container)) top.container.push(value);
    else Object.defineProperty(top.container, top.key!, { value, enumerable: true, writable: true, configurable: true });
  };
  visit(text, {
    onObjectBegin: () => { const o: Record<string, unknown> = {}; put(o); stack.push({ container: o, key: undefined }); },
    onArrayBegin: () => { const a: unknown[] = []; put(a); stack.push({ container: a, key: undefined }); },
    onObjectEnd: () => { stack.pop(); },
    onArrayEnd: () => { stack.pop(); },
    onObjectProperty: (name) => { stack[stack.length - 1]!.key = name; },
    onLiteralValue: (value) => put(value),
    onError: (_e, offset) => { if (failed < 0) failed = offset; },
  }, { allowTrailingComma: true, disallowComments: false });
  if (failed >= 0) throw new SyntaxError(`invalid JSONC at offset ${failed}`);
  return result;
}
