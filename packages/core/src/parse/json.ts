/**
 * JSON with positions on demand: `JSON.parse` for the value (fast, no prototype pollution: `__proto__`
 * becomes an own key), and one streaming jsonc-parser pass for all requested routes.
 */
import { createRequire } from 'node:module';
import type * as JsoncLib from 'jsonc-parser';
import type { Locatable, LocateRequest, Route, Span } from '../pointer.js';
import { indexMembers, type MemberIndex } from './json-members.js';
import { scanStructure, type RawMembers } from './json-structure.js';
import { recordPositions, RouteTrie } from './json-positions.js';
import { bracketDepth, LineIndex } from './lines.js';
import { libraryProblem, type Parsed } from './problem.js';
import { lazyLibrary } from '../library.js';

const require = createRequire(import.meta.url);
/** jsonc-parser is loaded only for JSONC files, for positions and for locating a syntax error. */
const jsonc = lazyLibrary('jsonc-parser', () => require('jsonc-parser') as typeof JsoncLib);
function visit(...args: Parameters<typeof JsoncLib.visit>): void {
  jsonc().visit(...args);
}

export interface JsonDocument extends Locatable {
  readonly value: unknown;
  readonly text: string;
  /**
   * The line of each member key of the root object's member `name` (a package-lock's `packages`),
   * `keys` being that object's keys in enumeration order (`for…in`). One pass without a position
   * node per member; later requests under a member re-scan that member alone. Undefined when the
   * document cannot answer so (JSONC, a position already requested, another shape): use `locate`.
   */
  memberLines?(name: string, keys: readonly string[]): Int32Array | undefined;
}

/**
 * Parses JSON; never throws. `maxNesting` refuses deep documents before parsing. `members` names the
 * root member whose member lines `memberLines` will be asked for (a package-lock's `packages`): the
 * nesting check then records their offsets in the same pass (docs/decisions/0030).
 */
export function parseJson(
  text: string,
  path: string,
  options: { maxNesting?: number; comments?: boolean; members?: string } = {},
): Parsed<JsonDocument> {
  const maxNesting = options.maxNesting ?? 256;
  // The byte order mark is no bracket: the depth of the text and of the source are the same.
  const scanned =
    options.members !== undefined && !options.comments
      ? scanStructure(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options.members)
      : undefined;
  const depth = scanned ? scanned.depth : bracketDepth(text, '"');
  if (depth > maxNesting) {
    return {
      ok: false,
      problem: {
        file: path,
        kind: 'limit',
        reason: `JSON nested ${depth} levels deep, over the limit of ${maxNesting} (maxNesting)`,
      },
    };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = options.comments ? parseJsonc(source) : JSON.parse(source);
    const doc = new PositionedJson(path, source, value, options.comments === true);
    if (scanned) doc.prescanned(options.members!, scanned.members);
    return { ok: true, value: doc };
  } catch (error) {
    const unloaded = libraryProblem(path, error);
    if (unloaded) return { ok: false, problem: unloaded };
    let at: number;
    try {
      at = firstErrorOffset(source, options.comments === true);
    } catch (locating) {
      const problem = libraryProblem(path, locating);
      if (problem) return { ok: false, problem };
      throw locating;
    }
    const pos = new LineIndex(source).at(at);
    const reason = `invalid JSON at line ${pos.line}, column ${pos.column}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { ok: false, problem: { file: path, kind: 'syntax', reason, line: pos.line, column: pos.column } };
  }
}

class PositionedJson implements JsonDocument {
  /** Kept across calls: a later call (findings after inventory lines) re-scans only the values it needs. */
  private readonly trie = new RouteTrie();

  /** Set by memberLines: where each member of one root member starts. */
  private members: MemberIndex | undefined;

  /** The raw member positions of the pass before parsing, until memberLines uses them. */
  private raw: { name: string; members: RawMembers | undefined } | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly value: unknown,
    private readonly comments: boolean,
  ) {}

  /** Keeps what scanStructure found for the root member `name` (undefined: the shape does not allow an index). */
  prescanned(name: string, members: RawMembers | undefined): void {
    this.raw = { name, members };
  }

  memberLines(name: string, keys: readonly string[]): Int32Array | undefined {
    const raw = this.raw?.name === name ? this.raw : undefined;
    this.raw = undefined;
    if (this.comments || this.members || this.trie.scanned || this.trie.children) return undefined;
    // Scanned before parsing: the index comes from those offsets, or is declined as a new scan would decline it.
    if (raw && !raw.members) return undefined;
    this.members = indexMembers(this.text, this.trie, name, keys, raw?.members);
    return this.members?.line;
  }

  private fromMember(route: Route): void {
    const index = this.members!;
    seedMember(this.text, index, this.trie.children?.get(index.name), route);
  }

  locate(requests: readonly LocateRequest[]): Span[] {
    const root = this.trie;
    let added = false;
    for (const { route } of requests) if (root.insert(route)) added = true;
    if (added && this.members) for (const { route } of requests) this.fromMember(route);
    if (added || !root.scanned) {
      for (const node of root.pending()) {
        if (node === root) recordPositions(this.text, root);
        else if (node.offset >= 0) recordPositions(this.text, node, node.offset, node.value?.line ?? 1, node.lineStart);
        node.markScanned();
      }
    }
    return requests.map(({ route, part }) => root.find(route, part));
  }
}

/**
 * Positions under one member of the indexed object, from the member's recorded key offset: its key
 * span, then a scan of its value alone (instead of a pass over the whole indexed object).
 */
function seedMember(text: string, index: MemberIndex, parent: RouteTrie | undefined, route: Route): void {
  if (route.length < 2 || route[0] !== index.name || !parent) return;
  const key = String(route[1]);
  const node = parent.children?.get(key);
  if (!node || node.scanned) return;
  const slot = slotsOf(index).get(key);
  if (slot === undefined || index.keyStart[slot]! < 0) return;
  let line = index.line[slot]!;
  let lineStart = index.lineStart[slot]!;
  const keyStart = index.keyStart[slot]!;
  const keyEnd = index.keyEnd[slot]!;
  node.key = { line, column: keyStart - lineStart + 1, endLine: line, endColumn: keyEnd - lineStart + 2 };
  // The value starts after the colon and any whitespace (line breaks counted).
  let i = keyEnd + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    } else if (c > 32 && c !== 58) break;
  }
  recordPositions(text, node, i, line, lineStart);
  node.markScanned();
}

/** The member index's keys to their slots, made at the first request (a loop: no pair array per key). */
function slotsOf(index: MemberIndex): Map<string, number> {
  if (index.slots) return index.slots;
  const slots = new Map<string, number>();
  const { keys } = index;
  for (let s = 0; s < keys.length; s++) slots.set(keys[s]!, s);
  return (index.slots = slots);
}

function firstErrorOffset(text: string, comments: boolean): number {
  let at = -1;
  visit(
    text,
    {
      onError: (_e, offset) => {
        if (at < 0) at = offset;
      },
    },
    { disallowComments: !comments, allowTrailingComma: comments },
  );
  return at < 0 ? 0 : at;
}

/** JSONC (comments, trailing commas) as in tsconfig, .vscode files and lockfiles written as JSONC. */
function parseJsonc(text: string): unknown {
  let failed = -1;
  const stack: { container: Record<string, unknown> | unknown[]; key: string | undefined }[] = [];
  let result: unknown;
  const put = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) result = value;
    else if (Array.isArray(top.container)) top.container.push(value);
    else
      Object.defineProperty(top.container, top.key!, { value, enumerable: true, writable: true, configurable: true });
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        const o: Record<string, unknown> = {};
        put(o);
        stack.push({ container: o, key: undefined });
      },
      onArrayBegin: () => {
        const a: unknown[] = [];
        put(a);
        stack.push({ container: a, key: undefined });
      },
      onObjectEnd: () => {
        stack.pop();
      },
      onArrayEnd: () => {
        stack.pop();
      },
      onObjectProperty: (name) => {
        stack[stack.length - 1]!.key = name;
      },
      onLiteralValue: (value) => put(value),
      onError: (_e, offset) => {
        if (failed < 0) failed = offset;
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  if (failed >= 0) throw new SyntaxError(`invalid JSONC at offset ${failed}`);
  return result;
}
