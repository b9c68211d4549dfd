/**
 * Safe YAML with positions: the `yaml` package's document API with a LineCounter, no custom tags,
 * alias expansion capped, duplicate-key checks off (quadratic on large lockfiles), and a nesting
 * pre-check so flow-collection bombs are refused before the recursive parser sees them.
 * https://eemeli.org/yaml/
 */
import { createRequire } from 'node:module';
import type * as YamlLib from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { Locatable, LocateRequest, Span } from '../pointer.js';
import { bracketDepth } from './lines.js';
import { isSpace } from './scan.js';
import { errorMessage, libraryProblem, loadLibrary, type Parsed, type ParseProblem } from './problem.js';
import { lazyLibrary } from '../library.js';

const require = createRequire(import.meta.url);
/** `yaml` (~70 modules) is loaded on the first YAML file, so scans without one never pay for it. */
const lib = lazyLibrary('yaml', () => require('yaml') as typeof YamlLib);

/** One document of a YAML file (a lockfile may hold two). */
export interface YamlDocument extends Locatable {
  readonly value: unknown;
  /** 0-based index of the document in its file. */
  readonly index: number;
}

export interface YamlFile {
  readonly path: string;
  readonly documents: readonly YamlDocument[];
}

export interface YamlOptions {
  maxAliases?: number;
  maxNesting?: number;
  /** Honour `<<` merge keys (some CI formats use them); each merge counts as an alias. */
  merge?: boolean;
}

/** Parses every document of a YAML file; never throws. */
export function parseYaml(text: string, path: string, options: YamlOptions = {}): Parsed<YamlFile> {
  const maxNesting = options.maxNesting ?? 256;
  const depth = bracketDepth(text, '"\'');
  if (depth > maxNesting) {
    return {
      ok: false,
      problem: {
        file: path,
        kind: 'limit',
        reason: `YAML flow collections nested ${depth} levels deep, over the limit of ${maxNesting} (maxNesting)`,
      },
    };
  }
  // Each block level costs at least one column of indentation or a `- `/`? ` indicator, or a `k:` line
  // at its parent's column: only a file whose lines start that deep can nest past the budget.
  const mayNest = 2 * (blockIndicatorColumn(text) + 1) + depth > maxNesting;
  const yaml = loadLibrary(path, lib);
  if (!yaml.ok) return yaml;
  const { LineCounter, parseAllDocuments } = yaml.value;
  const lineCounter = new LineCounter();
  try {
    const docs = parseAllDocuments(text, {
      lineCounter,
      logLevel: 'error',
      uniqueKeys: false,
      merge: options.merge ?? false,
      customTags: [],
      prettyErrors: false,
      keepSourceTokens: false,
    });
    if (!Array.isArray(docs)) return { ok: true, value: { path, documents: [] } };
    const documents: YamlDocument[] = [];
    for (const [index, doc] of docs.entries()) {
      const error = doc.errors[0];
      // The composer is recursive: block collections nested thousands deep (`- - - … x`, 2 bytes a
      // level) overflow its stack, which it reports as a document error. That is the nesting budget.
      if (error && /call stack/i.test(error.message)) return { ok: false, problem: nestingProblem(path, maxNesting) };
      if (error) {
        const pos = lfPosition(text, error.pos[0]);
        return {
          ok: false,
          problem: {
            file: path,
            kind: 'syntax',
            reason: `invalid YAML at line ${pos.line}, column ${pos.col}: ${error.message.split('\n')[0]}`,
            line: pos.line,
            column: pos.col,
          },
        };
      }
      // A collection key needs a flow collection right after `{`, `[`, `,` or `?`, or an explicit `? ` key on its own line: most files skip the visit.
      if (mayHaveCollectionKeys(text) && nestedCollectionKeys(doc))
        return {
          ok: false,
          problem: {
            file: path,
            kind: 'limit',
            reason:
              'YAML mapping keys that are collections with collection keys of their own are refused (converting them grows exponentially with nesting)',
          },
        };
      // logLevel 'error' above: the yaml package would otherwise print warnings (collection keys) through process.emitWarning; a library never prints.
      const value: unknown = doc.toJS({ maxAliasCount: options.maxAliases ?? 100 });
      // `&a [x, *a]`: an alias inside its own anchor makes a cyclic value that every reader would walk forever.
      // Only an anchor can make a cycle: files without `&` (most lockfiles) skip the walk.
      if (text.includes('&') && cyclic(value))
        return {
          ok: false,
          problem: {
            file: path,
            kind: 'syntax',
            reason: `invalid YAML: an alias refers to an anchor that encloses it (document ${index + 1} is cyclic)`,
          },
        };
      if (mayNest && deeperThan(value, maxNesting)) return { ok: false, problem: nestingProblem(path, maxNesting) };
      documents.push(new PositionedYaml(path, index, doc, value, lineCounter));
    }
    return { ok: true, value: { path, documents } };
  } catch (error) {
    const unloaded = libraryProblem(path, error);
    if (unloaded) return { ok: false, problem: unloaded };
    const message = errorMessage(error);
    const kind = /alias|stack|nest/i.test(message) ? 'limit' : 'syntax';
    return { ok: false, problem: { file: path, kind, reason: `YAML refused: ${message}` } };
  }
}

function nestingProblem(path: string, maxNesting: number): ParseProblem {
  return {
    file: path,
    kind: 'limit',
    reason: `YAML collections nested more than ${maxNesting} levels deep, over the limit (maxNesting)`,
  };
}

/** The largest column at which a line's content starts after its indentation and block indicators (`-`, `?`, `:`). */
function blockIndicatorColumn(text: string): number {
  let max = 0;
  for (let start = 0; start < text.length; ) {
    let i = start;
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 45 || c === 63 || c === 58; c = text.charCodeAt(++i));
    if (i - start > max) max = i - start;
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    start = next + 1;
  }
  return max;
}

/** True when the value nests more than `max` collections deep (iterative; each shared alias walked once). */
function deeperThan(root: unknown, max: number): boolean {
  const seen = new Set<object>();
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    if (depth + 1 > max) return true;
    seen.add(value);
    for (const child of Object.values(value))
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/**
 * 1-based line and column of an offset, counting LF lines as the yaml package does. Not its
 * LineCounter: after an error it may lack lines the lexer skipped (a quoted scalar spanning lines),
 * which put columns past the end of the line (found by fuzzing).
 */
/**
 * Whether `text` has a flow collection right after `[`, `{`, `,` or `?`, or a `? ` key first on a line:
 * `/[[{,?]\s*[[{]|(^|\n)\s*\? /.test(text)` in one pass (that regex retried each line start over a
 * run of blank lines: quadratic, #20 class 3). Each character is compared with the last character
 * before the spaces that precede it, and with whether those spaces hold a line break.
 */
export function mayHaveCollectionKeys(text: string): boolean {
  let before = -1; // the last character that is not a space; -1 at the start of the text
  let newline = true; // the spaces since `before` hold a `\n` (or reach the start of the text)
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c)) {
      if (c === 0x0a) newline = true;
      continue;
    }
    if ((c === 0x5b || c === 0x7b) && (before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3f))
      return true;
    if (c === 0x3f && newline && text.charCodeAt(j + 1) === 0x20) return true;
    before = c;
    newline = false;
  }
  return false;
}

function lfPosition(text: string, offset: number): { line: number; col: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: at - start + 1 };
}

/** A collection key inside another collection key (`{{{…}}}`): toJS stringifies each level again (found by fuzzing: 250 levels, 5 s). */
function nestedCollectionKeys(doc: Document): boolean {
  const { isCollection, isPair, visit } = lib();
  let nested = false;
  visit(doc, {
    Pair: (_key, pair, path) => {
      if (!isCollection(pair.key)) return undefined;
      for (let i = 0; i + 1 < path.length; i++) {
        const a = path[i];
        if (isPair(a) && a.key === path[i + 1]) {
          nested = true;
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return nested;
}

/** True when the value reaches itself (iterative: block YAML may nest deeper than the JS stack). Shared, acyclic aliases are fine. */
function cyclic(root: unknown): boolean {
  const done = new Set<object>();
  const active = new Set<object>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];
  const enter = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (active.has(v)) return true;
    if (done.has(v)) return false;
    active.add(v);
    stack.push({ node: v, children: Object.values(v), next: 0 });
    return false;
  };
  if (enter(root)) return true;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      if (enter(top.children[top.next++])) return true;
    } else {
      stack.pop();
      active.delete(top.node);
      done.add(top.node);
    }
  }
  return false;
}

class PositionedYaml implements YamlDocument {
  private readonly mapIndex = new WeakMap<object, Map<string, unknown>>();

  constructor(
    readonly path: string,
    readonly index: number,
    private readonly doc: Document,
    readonly value: unknown,
    private readonly lines: LineCounter,
  ) {}

  locate(requests: readonly LocateRequest[]): Span[] {
    const { isMap, isPair, isSeq } = lib();
    return requests.map(({ route, part }) => {
      let node: unknown = this.doc.contents;
      let best = this.span(node as Node | null, undefined) ?? { line: 1, column: 1 };
      for (let i = 0; i < route.length; i++) {
        const segment = route[i]!;
        const last = i === route.length - 1;
        if (isMap(node)) {
          const pair = this.pairs(node).get(String(segment));
          if (!isPair(pair)) break;
          node = pair.value;
          const span =
            last && part === 'key'
              ? this.span(pair.key as Node, undefined)
              : this.span(pair.value as Node | null, pair.key as Node);
          if (span) best = span;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
          const span = this.span(node as Node | null, undefined);
          if (!span) break;
          best = span;
        } else break;
      }
      return best;
    });
  }

  private pairs(map: object): Map<string, unknown> {
    let index = this.mapIndex.get(map);
    if (!index) {
      index = new Map();
      const { isCollection, isPair, isScalar } = lib();
      for (const pair of (map as { items: unknown[] }).items) {
        // A collection as a key (`? {a: b}`, `{{{}}}`) is never a route segment; stringifying it grows exponentially with nesting.
        if (!isPair(pair) || isCollection(pair.key)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        index.set(key, pair); // last wins, as in the parsed value
      }
      this.mapIndex.set(map, index);
    }
    return index;
  }

  private span(node: Node | null | undefined, fallback: Node | undefined): Span | undefined {
    const range = node?.range ?? fallback?.range;
    if (!range) return undefined;
    const start = this.lines.linePos(range[0]);
    const end = this.lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }
}
