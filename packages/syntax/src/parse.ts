/**
 * Parses Python, Ruby, Groovy and Kotlin with web-tree-sitter and the grammars bundled in
 * `grammars/` (loaded lazily from the installed package: no network, no native addon). Never throws:
 * size, time and node budgets become `limit` results.
 */
import { readFile } from 'node:fs/promises';
import { Language as TsLanguage, Parser } from 'web-tree-sitter';
import { copyTree, type SyntaxNode } from './tree.js';

export type Language = 'python' | 'ruby' | 'groovy' | 'kotlin';

export interface ParseOptions {
  /** Largest source accepted, in UTF-16 code units (default 4 Mi). */
  maxBytes?: number;
  /** Parse time budget (default 2,000 ms). */
  timeoutMs?: number;
  /** Nodes copied before the tree is refused (default 2,000,000). */
  maxNodes?: number;
}

export type SyntaxResult =
  | { ok: true; tree: SyntaxNode; /** The tree has ERROR or MISSING nodes: the file is not valid code. */ hasError: boolean }
  | { ok: false; kind: 'limit' | 'unavailable'; reason: string };

let init: Promise<void> | undefined;
const languages = new Map<Language, Promise<TsLanguage>>();

/** Parses `text`; the tree is plain data, safe to keep. */
export async function parseSource(language: Language, text: string, options: ParseOptions = {}): Promise<SyntaxResult> {
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  if (text.length > maxBytes) return { ok: false, kind: 'limit', reason: `source is ${text.length} characters, over the ${maxBytes} limit for syntax trees` };
  let parser: Parser | undefined;
  let tree;
  try {
    const lang = await load(language);
    parser = new Parser();
    parser.setLanguage(lang);
    const deadline = Date.now() + (options.timeoutMs ?? 2000);
    let timedOut = false;
    tree = parser.parse(text, null, { progressCallback: () => { if (Date.now() > deadline) timedOut = true; return timedOut; } });
    if (!tree || timedOut) return { ok: false, kind: 'limit', reason: `parsing took longer than ${options.timeoutMs ?? 2000} ms` };
    const { root, truncated } = copyTree(tree, text, options.maxNodes ?? 2_000_000);
    if (truncated) return { ok: false, kind: 'limit', reason: `more than ${options.maxNodes ?? 2_000_000} syntax nodes` };
    return { ok: true, tree: root, hasError: tree.rootNode.hasError };
  } catch (error) {
    return { ok: false, kind: 'unavailable', reason: `the ${language} grammar could not run: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    tree?.delete();
    parser?.delete();
  }
}

function load(language: Language): Promise<TsLanguage> {
  init ??= Parser.init();
  let pending = languages.get(language);
  if (!pending) {
    pending = init.then(async () => TsLanguage.load(await readFile(new URL(`../grammars/${language}.wasm`, import.meta.url))));
    languages.set(language, pending);
    pending.catch(() => languages.delete(language));
  }
  return pending;
}
