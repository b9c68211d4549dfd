/** @inert/syntax: plain syntax trees for program-like manifests, and small query helpers. */
import versions from '../grammars/versions.json' with { type: 'json' };

export { parseSource, type Language, type ParseOptions, type SyntaxResult } from './parse.js';
export { SyntaxNode } from './tree.js';
export { findAll, childByField, ancestor, stringValue, callName, callArguments } from './query.js';

/** The grammar packages the bundled `.wasm` files were copied from. */
export const GRAMMAR_VERSIONS: Readonly<Record<'python' | 'ruby' | 'groovy' | 'kotlin', string>> = versions;
