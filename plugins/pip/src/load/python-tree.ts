/**
 * What reading setup.py needs beyond @inert/syntax's query and string helpers (`callName`,
 * `callArguments`, `childByField`, `stringValue`): the Python calls that run processes, evaluate code
 * or reach the network, import-alias resolution, a walk that knows the enclosing class or function,
 * and pip's strict reading of string literals. Node types (tree-sitter-python):
 * https://github.com/tree-sitter/tree-sitter-python/blob/master/grammar.js
 */
import { callArguments, callName, childByField, stringValue, type SyntaxNode } from '@inert/syntax';
import type { DangerousCall } from '../model.js';

/** 1-based line and column of a node's first character. */
export function pos(node: SyntaxNode): { line: number; column: number } {
  return { line: node.startLine, column: node.startColumn };
}

/**
 * What encloses a node, kept as the walk descends: O(1) per node. Asking the chain of ancestors
 * instead was quadratic in the nesting depth (50,000 nested `os.system(` calls, each asking all its
 * ancestors, ran for minutes).
 */
export interface Enclosing {
  /** Some enclosing node is a `class_definition`. */
  inClass: boolean;
  /** Some enclosing node is a `function_definition` or a `lambda`. */
  inFunction: boolean;
}

const TOP: Enclosing = Object.freeze({ inClass: false, inFunction: false });

function enter(outer: Enclosing, node: SyntaxNode): Enclosing {
  if (node.type === 'class_definition') return outer.inClass ? outer : { inClass: true, inFunction: outer.inFunction };
  if (node.type === 'function_definition' || node.type === 'lambda')
    return outer.inFunction ? outer : { inClass: outer.inClass, inFunction: true };
  return outer;
}

/** Nodes one walk visits at most; a tree past it is read up to there and reported (`walk` returns false). */
export const MAX_WALKED_NODES = 2_000_000;

/**
 * Depth-first walk in source order with an explicit stack (hostile files can nest deeply) and a node
 * budget. Not `findAll`: each node is visited with what encloses it, which `findAll` plus `ancestor`
 * would make quadratic in the nesting depth (see `Enclosing`).
 * @returns false when the budget stopped the walk before every node was visited.
 */
export function walk(
  root: SyntaxNode,
  visit: (node: SyntaxNode, enclosing: Enclosing) => void,
  budget = MAX_WALKED_NODES,
): boolean {
  const stack: { node: SyntaxNode; enclosing: Enclosing }[] = [{ node: root, enclosing: TOP }];
  while (stack.length > 0) {
    if (budget-- <= 0) return false;
    const { node, enclosing } = stack.pop()!;
    visit(node, enclosing);
    const inner = enter(enclosing, node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, enclosing: inner });
  }
  return true;
}

/** `a.b.c` of a call's function (identifiers and attributes only), with the first part resolved through imports. */
export function dottedName(call: SyntaxNode, aliases: ReadonlyMap<string, string>): string | undefined {
  const name = callName(call, 'python');
  if (name === undefined) return undefined;
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  return (aliases.get(head) ?? head) + (dot < 0 ? '' : name.slice(dot));
}

/**
 * A plain string literal's value, else undefined. Stricter than `stringValue`, on purpose: one
 * `string` node (no implicit concatenation), no prefix but `r` or `u` (no byte string), no backslash
 * (no escape to decode), so what setup.py reads as a fact is what its text shows.
 */
export function literalString(node: SyntaxNode): string | undefined {
  if (node.type !== 'string' || node.text.includes('\\') || !/^[ru]?["']/i.test(node.text)) return undefined;
  return stringValue(node, 'python');
}

/** Items of a list/tuple literal that are all plain strings, else undefined. */
export function literalStrings(node: SyntaxNode): { value: string; line: number; column: number }[] | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return undefined;
  const out: { value: string; line: number; column: number }[] = [];
  for (const item of node.namedChildren) {
    if (item.type === 'comment') continue;
    const value = literalString(item);
    if (value === undefined) return undefined;
    out.push({ value, ...pos(item) });
  }
  return out;
}

/** Keyword arguments of a call, and a `**kwargs` splat if any. */
export function keywordArgs(call: SyntaxNode): { keywords: [string, SyntaxNode][]; splat: SyntaxNode | undefined } {
  const keywords: [string, SyntaxNode][] = [];
  let splat: SyntaxNode | undefined;
  for (const a of callArguments(call, 'python')) {
    if (a.type === 'dictionary_splat') splat = a;
    if (a.type !== 'keyword_argument') continue;
    const name = childByField(a, 'name');
    const value = childByField(a, 'value');
    if (name && value) keywords.push([name.text, value]);
  }
  return { keywords, splat };
}

const PROCESS =
  /^(?:subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(?:system|popen|exec\w*|spawn\w*|posix_spawnp?)|commands\.getoutput|pty\.spawn)$/;
const DYNAMIC = /^(?:exec|eval|compile|builtins\.(?:exec|eval)|marshal\.loads|pickle\.loads|__import__)$/;
const NETWORK =
  /^(?:urllib\.request\.(?:urlopen|urlretrieve|Request)|urllib\.(?:urlopen|urlretrieve)|urllib2\.urlopen|urlopen|urlretrieve|requests\.(?:get|post|put|request|Session)|httpx\.\w+|http\.client\.HTTPS?Connection|socket\.(?:socket|create_connection))$/;

/** Whether a call is dangerous; a subprocess call whose argv is a literal list starting with "git" is benign. */
export function classify(
  name: string,
  call: SyntaxNode,
): { category: DangerousCall['category']; benign: boolean } | undefined {
  if (PROCESS.test(name)) {
    const first = callArguments(call, 'python')[0];
    const argv = first ? literalStrings(first) : undefined;
    return { category: 'process', benign: argv !== undefined && argv[0]?.value === 'git' };
  }
  if (DYNAMIC.test(name)) return { category: 'dynamicCode', benign: false };
  if (NETWORK.test(name)) return { category: 'network', benign: false };
  return undefined;
}
