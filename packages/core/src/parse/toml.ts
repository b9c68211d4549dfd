/**
 * TOML with positions: smol-toml (TOML 1.1, null-prototype objects, nesting limit) for the value, and
 * a line index of table headers and keys for locating routes. https://toml.io/en/v1.0.0
 */
import { createRequire } from 'node:module';
import type * as TomlLib from 'smol-toml';
import type { Locatable, LocateRequest, Route, Span } from '../pointer.js';
import { splitLines } from './lines.js';
import { errorMessage, libraryProblem, loadLibrary, type Parsed } from './problem.js';
import { lazyLibrary } from '../library.js';

const require = createRequire(import.meta.url);
/** smol-toml is loaded on the first TOML file. */
const lib = lazyLibrary('smol-toml', () => require('smol-toml') as typeof TomlLib);

export interface TomlDocument extends Locatable {
  readonly value: Record<string, unknown>;
  readonly text: string;
}

/** Parses TOML; never throws. */
export function parseToml(text: string, path: string, options: { maxNesting?: number } = {}): Parsed<TomlDocument> {
  const toml = loadLibrary(path, lib);
  if (!toml.ok) return toml;
  const { parse, TomlError } = toml.value;
  const maxNesting = options.maxNesting ?? 256;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = deepDottedKey(source, maxNesting);
  if (deep)
    return {
      ok: false,
      problem: {
        file: path,
        kind: 'limit',
        reason: `a dotted key at line ${deep.line} nests more than ${maxNesting} tables (limit maxNesting)`,
        line: deep.line,
        column: deep.column,
      },
    };
  try {
    const value = parse(source, { integersAsBigInt: 'asNeeded', maxDepth: maxNesting }) as Record<string, unknown>;
    return { ok: true, value: new PositionedToml(path, source, value) };
  } catch (error) {
    if (error instanceof TomlError) {
      const kind = /nested/i.test(error.message) ? 'limit' : 'syntax';
      return {
        ok: false,
        problem: {
          file: path,
          kind,
          reason: `invalid TOML at line ${error.line}, column ${error.column}: ${error.message.split('\n')[0]}`,
          line: error.line,
          column: error.column,
        },
      };
    }
    return {
      ok: false,
      problem: libraryProblem(path, error) ?? {
        file: path,
        kind: 'syntax',
        reason: `invalid TOML: ${errorMessage(error)}`,
      },
    };
  }
}

/**
 * Where the first key or table header with more than `max` dotted parts starts, if any. smol-toml's
 * `maxDepth` counts inline tables and arrays but not dotted keys: `a.a.a.… = 1` (1 MB) built 500,000
 * nested tables, 2 s of garbage collection and 300 MB. One pass: strings and comments are skipped,
 * and the dots outside them are counted since the last `=`, `,`, bracket, brace or newline — outside
 * strings a dot is only ever in a key or a number (one dot), so a long run can only be a key.
 */
export function deepDottedKey(text: string, max: number): { line: number; column: number } | undefined {
  let dots = 0;
  let start = 0;
  let line = 1;
  let lineStart = 0;
  let startLine = 1;
  let startColumn = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      dots = 0;
    } else if (c === 0x23) {
      // # comment: to the end of the line
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === 0x22 || c === 0x27) {
      // a string: skipped whole (multi-line ones may span lines)
      const quote = text[i]!;
      const triple = text.startsWith(quote.repeat(3), i);
      if (triple) {
        let end = text.indexOf(quote.repeat(3), i + 3);
        while (quote === '"' && end > 0 && isEscaped(text, end)) end = text.indexOf(quote.repeat(3), end + 1);
        const stop = end < 0 ? text.length : end + 3;
        for (let k = i; k < stop; k++)
          if (text.charCodeAt(k) === 0x0a) {
            line++;
            lineStart = k + 1;
          }
        i = stop - 1;
      } else {
        let k = i + 1;
        while (k < text.length && text[k] !== quote && text[k] !== '\n') k += quote === '"' && text[k] === '\\' ? 2 : 1;
        i = Math.min(k, text.length) - (text[k] === '\n' ? 1 : 0);
      }
    } else if (c === 0x2e) {
      if (dots === 0) {
        startLine = line;
        startColumn = start - lineStart + 1;
      }
      if (++dots >= max) return { line: startLine, column: Math.max(1, startColumn) };
    } else if (c === 0x3d || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      dots = 0;
      start = i + 1;
    } else if (dots === 0 && (c === 0x20 || c === 0x09)) start = i + 1;
  }
  return undefined;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  for (let k = at - 1; k >= 0 && text[k] === '\\'; k--) n++;
  return n % 2 === 1;
}

class PositionedToml implements TomlDocument {
  private index: Map<string, Span> | undefined;
  private lines: string[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly value: Record<string, unknown>,
  ) {}

  locate(requests: readonly LocateRequest[]): Span[] {
    this.index ??= indexKeys((this.lines = splitLines(this.text)));
    return requests.map(({ route }) => this.find(route));
  }

  private find(route: Route): Span {
    for (let n = route.length; n > 0; n--) {
      const span = this.index!.get(routeKey(route.slice(0, n)));
      if (!span) continue;
      if (n === route.length) return span;
      // The rest is inside an inline table or array on that line: point at the key when it is there.
      const next = route[n];
      const line = this.lines![span.line - 1] ?? '';
      const at = typeof next === 'string' ? findKeyInLine(line, next, span.column) : -1;
      return at >= 0 ? { line: span.line, column: at + 1 } : span;
    }
    return { line: 1, column: 1 };
  }
}

function routeKey(route: Route): string {
  return route.map(String).join('\u0000');
}

/** Indexes `[table]`, `[[array]]` headers and `key = value` lines by route. */
function indexKeys(lines: readonly string[]): Map<string, Span> {
  const index = new Map<string, Span>();
  const arrayCounts = new Map<string, number>();
  let table: (string | number)[] = [];
  let open = ''; // inside a multi-line string: its delimiter
  let depth = 0; // inside a multi-line array or inline table
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (open) {
      if (line.includes(open)) open = '';
      continue;
    }
    if (depth > 0) {
      depth = Math.max(0, depth + netBrackets(line));
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    // [[bin]] / [dependencies] / [target.'cfg(unix)'.dependencies]
    const header = tableHeader(trimmed);
    if (header) {
      const keys = splitKey(header.inner);
      if (header.array) {
        const base = routeKey(keys);
        const n = arrayCounts.get(base) ?? 0;
        arrayCounts.set(base, n + 1);
        table = [...keys, n];
        // Nested arrays of tables restart their counts under each new parent element.
        for (const key of arrayCounts.keys()) if (key.startsWith(base + '\u0000')) arrayCounts.delete(key);
      } else table = keys;
      index.set(routeKey(table), { line: i + 1, column: indent + 1 });
      if (header.array && !index.has(routeKey(keys))) index.set(routeKey(keys), { line: i + 1, column: indent + 1 });
      continue;
    }
    const eq = keyEnd(trimmed);
    if (eq < 0) continue;
    const keys = splitKey(trimmed.slice(0, eq));
    index.set(routeKey([...table, ...keys]), {
      line: i + 1,
      column: indent + 1,
      endLine: i + 1,
      endColumn: line.length + 1,
    });
    const rest = trimmed.slice(eq + 1);
    const triple = /^\s*("""|''')/.exec(rest);
    if (triple && rest.indexOf(triple[1]!, rest.indexOf(triple[1]!) + 3) < 0) open = triple[1]!;
    else depth = Math.max(0, netBrackets(rest));
  }
  return index;
}

/** Position of the `=` that ends a key, skipping quoted key parts; -1 when the line has none. */
function keyEnd(text: string): number {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '=') return i;
  }
  return -1;
}

/** `a."b.c".d` → ['a', 'b.c', 'd']. */
function splitKey(text: string): string[] {
  const keys: string[] = [];
  let current = '';
  let quote = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
      else current += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '.') {
      keys.push(current.trim());
      current = '';
    } else current += c;
  }
  keys.push(current.trim());
  return keys;
}

/** Opening minus closing brackets outside strings and comments. */
function netBrackets(text: string): number {
  let net = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') net++;
    else if (c === ']' || c === '}') net--;
  }
  return net;
}

function findKeyInLine(line: string, key: string, from: number): number {
  const re = new RegExp(`(^|[{,\\s])["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
  const match = re.exec(line.slice(from - 1));
  return match ? from - 1 + match.index + match[1]!.length : -1;
}

/**
 * `[table]`, `[[array]]` (with spaces and a trailing comment allowed): the key between the brackets.
 * The header ends at the first `]` (or `]]`) followed only by spaces and an optional comment, as the
 * regex `^(\[\[?)\s*(.*?)\s*\]\]?\s*(#.*)?$` it replaces; one pass over the line, where that regex
 * took cubic time on a long header of spaces (#20: 61 s on a 6 KB manifest).
 */
export function tableHeader(line: string): { array: boolean; inner: string } | undefined {
  if (!line.startsWith('[')) return undefined;
  const array = line.startsWith('[[');
  const start = array ? 2 : 1;
  for (let close = line.indexOf(']', start); close >= 0; close = line.indexOf(']', close + 1)) {
    let after = close + 1;
    if (line[after] === ']') after++;
    while (after < line.length && line[after]!.trim() === '') after++;
    if (after === line.length || line[after] === '#') return { array, inner: line.slice(start, close).trim() };
  }
  return undefined;
}
