/**
 * Parses Python, Ruby, Groovy and Kotlin source with web-tree-sitter and the grammars bundled in
 * `grammars/`, and never throws: size, time and node budgets become `limit` results.
 * https://github.com/tree-sitter/tree-sitter/tree/master/lib/binding_web
 */
import { Buffer } from 'node:buffer';
import type * as Crypto from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as WebTreeSitterLib from 'web-tree-sitter';
import type { Language as TsLanguage, Parser } from 'web-tree-sitter';
import { GRAMMARS } from './grammars.js';
import { copyTree, type SyntaxNode } from './tree.js';

/** The grammars inert bundles. */
export type Language = 'python' | 'ruby' | 'groovy' | 'kotlin';

/** Budgets for one parse; every one that is exceeded gives a `limit` result. */
export interface ParseOptions {
  /** Largest source accepted, in UTF-8 bytes (default 4 MiB). */
  maxBytes?: number;
  /**
   * CPU budget for parsing and copying the tree, in milliseconds of this process's CPU time (user +
   * system, every thread; default 2,000). CPU time, not wall-clock time: the budget cuts the same
   * inputs on a loaded machine as on an idle one, and a real file is not refused because other
   * processes had the cores. Background threads (V8 compiling the grammar's hot functions, GC) count
   * too, so the budget errs towards cutting early: a cut is a `limit` result, never a silent one.
   */
  cpuMs?: number;
  /** Nodes copied before the tree is refused (default 2,000,000; a 1 MB Python file has ~500,000). */
  maxNodes?: number;
}

/**
 * The outcome of a parse. Tree-sitter always recovers from syntax errors, so invalid code still gives
 * `ok: true`, with `hasError` set and ERROR/MISSING nodes where the grammar gave up: the rest of the
 * tree is still worth reading, and callers decide whether a syntax error is a finding.
 */
export type SyntaxResult =
  | {
      ok: true;
      /** The root node (`module`, `program`, `source_file`), plain data that is safe to keep. */
      tree: SyntaxNode;
      /** The tree has ERROR or MISSING nodes: part of the file is not valid code for this grammar. */
      hasError: boolean;
    }
  | {
      ok: false;
      /** `limit`: a size, time or node budget was exceeded; `unavailable`: the grammar could not load or run. */
      kind: 'limit' | 'unavailable';
      /** One sentence for a problem report. */
      reason: string;
    };

const DEFAULTS = { maxBytes: 4 * 1024 * 1024, cpuMs: 2000, maxNodes: 2_000_000 } as const;
const PINNED: Readonly<Record<Language, { readonly sha256: string }>> = GRAMMARS;

const require = createRequire(import.meta.url);
let runtime: Promise<WebTreeSitter> | undefined;
let wts: WebTreeSitter | undefined;
type WebTreeSitter = typeof WebTreeSitterLib;
const loaded = new Map<Language, Promise<TsLanguage>>();

/** Parses `text` with the grammar of `language`; resolves to a plain tree or a reason, and never rejects. */
export async function parseSource(language: Language, text: string, options: ParseOptions = {}): Promise<SyntaxResult> {
  if (!Object.hasOwn(PINNED, language))
    return { ok: false, kind: 'unavailable', reason: `no grammar for ${JSON.stringify(String(language))}` };
  if (typeof text !== 'string') return { ok: false, kind: 'unavailable', reason: 'the source is not text' };
  const maxBytes = budget(options.maxBytes, DEFAULTS.maxBytes);
  const cpuMs = budget(options.cpuMs, DEFAULTS.cpuMs);
  const maxNodes = budget(options.maxNodes, DEFAULTS.maxNodes);
  // UTF-8 never takes fewer bytes than UTF-16 code units: a long string is refused without counting.
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes)
    return {
      ok: false,
      kind: 'limit',
      reason: `the source is larger than ${maxBytes} bytes, the limit for syntax trees`,
    };
  let grammar: TsLanguage;
  try {
    grammar = await load(language);
  } catch (error) {
    return { ok: false, kind: 'unavailable', reason: `the ${language} grammar could not be loaded: ${message(error)}` };
  }
  let parser: Parser | undefined;
  let tree: ReturnType<Parser['parse']> = null;
  try {
    parser = new wts!.Parser();
    parser.setLanguage(grammar);
    // The budget starts after loading: the first load compiles the grammar (10–40 ms), not the input's fault.
    const overBudget = cpuDeadline(cpuMs);
    // web-tree-sitter calls this every ~100 parser operations (tree-sitter's progress check); returning
    // true cancels the parse (parse gives null). Super-linear error recovery (tree-sitter-ruby on
    // `%(%(…`, tree-sitter-python on `\\` line continuations) still calls it: each call just comes later.
    tree = parser.parse(text, null, { progressCallback: overBudget });
    if (!tree)
      return {
        ok: false,
        kind: 'limit',
        reason: `parsing took more than the ${cpuMs} ms CPU budget (limit maxParseMillis)`,
      };
    const { root, stopped } = copyTree(tree, text, maxNodes, overBudget);
    if (stopped === 'nodes')
      return { ok: false, kind: 'limit', reason: `the syntax tree has more than ${maxNodes} nodes` };
    if (stopped === 'time')
      return {
        ok: false,
        kind: 'limit',
        reason: `reading the syntax tree took more than the ${cpuMs} ms CPU budget (limit maxParseMillis)`,
      };
    return { ok: true, tree: root, hasError: root.hasError };
  } catch (error) {
    return {
      ok: false,
      kind: 'unavailable',
      reason: `the ${language} grammar failed while parsing: ${message(error)}`,
    };
  } finally {
    try {
      tree?.delete();
      parser?.delete();
    } catch {
      // Freeing can only fail if the WASM instance is already broken; the result above says so.
    }
  }
}

/**
 * Starts the runtime once and each grammar once. Both `.wasm` files are read from disk next to the
 * code (web-tree-sitter's own from its package, resolved like an import; grammars as this package's `./grammars/*.wasm` export)
 * and handed over as bytes, so no `fetch` and no network path exists; a grammar whose sha256 differs
 * from the pin in `grammars.ts` is refused. Failed loads are forgotten so a later call may retry.
 */
function load(language: Language): Promise<TsLanguage> {
  runtime ??= startRuntime().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  let pending = loaded.get(language);
  if (!pending) {
    pending = runtime.then(async (lib) => {
      // Resolved like an import (the package's own export), not relative to this file: the CLI's bundled
      // bin runs this code from another directory and finds the grammars the same way (decision 0022).
      const bytes = new Uint8Array(
        await readFile(new URL(import.meta.resolve(`@inert/syntax/grammars/${language}.wasm`))),
      );
      return lib.Language.load(checkPinned(language, bytes));
    });
    loaded.set(language, pending);
    pending.catch(() => loaded.delete(language));
  }
  return pending;
}

/** Returns the grammar's bytes if their sha256 is the one pinned in `grammars.ts`, else throws. */
export function checkPinned(language: Language, bytes: Uint8Array): Uint8Array {
  // node:crypto on first use, like the grammars (docs/decisions/0023).
  const sum = (require('node:crypto') as typeof Crypto).createHash('sha256').update(bytes).digest('hex');
  if (sum !== PINNED[language].sha256)
    throw new Error(`grammars/${language}.wasm has sha256 ${sum}, not the pinned ${PINNED[language].sha256}`);
  return bytes;
}

/** web-tree-sitter (its CommonJS build) is loaded on the first parse: scans without setup.py, Gemfile or Gradle scripts never load it. */
async function startRuntime(): Promise<WebTreeSitter> {
  const lib = require('web-tree-sitter') as WebTreeSitter;
  const wasmBinary = new Uint8Array(
    await readFile(new URL(import.meta.resolve('web-tree-sitter/web-tree-sitter.wasm'))),
  );
  await lib.Parser.init({ wasmBinary });
  return (wts = lib);
}

/** A test that is true once this process has used `ms` more milliseconds of CPU time than now. */
export function cpuDeadline(ms: number): () => boolean {
  const start = process.cpuUsage();
  const limit = ms * 1000;
  return () => {
    const used = process.cpuUsage(start);
    return used.user + used.system > limit;
  };
}

/** A budget from options; NaN or a non-number (from an untyped caller) would disable the check, so it gets the default. */
function budget(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : fallback;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
