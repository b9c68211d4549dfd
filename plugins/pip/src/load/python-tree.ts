/** Helpers over the plain Python syntax tree of @inert/syntax (tree-sitter-python node types). https://github.com/tree-sitter/tree-sitter-python/blob/master/grammar.js */
import type { DangerousCall } from '../model.js';

/** The node shape inert relies on; positions are read defensively (1-based). */
export interface Node {
  type: string;
  text: string;
  children: readonly Node[];
  namedChildren?: readonly Node[];
  fieldName?: string | null;
  startLine?: number;
  startColumn?: number;
  start?: { line: number; column: number };
  startPosition?: { row: number; column: number };
}

export function pos(node: Node): { line: number; column: number } {
  if (node.startLine !== undefined) return { line: node.startLine, column: node.startColumn ?? 1 };
  if (node.start) return { line: node.start.line, column: node.start.column };
  if (node.startPosition) return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
  return { line: 1, column: 1 };
}

const named = (n: Node): readonly Node[] =>
  n.namedChildren ?? n.children.filter((c) => /^[a-z_]+$/.test(c.type) && c.text !== c.type);
const field = (n: Node, name: string): Node | undefined => n.children.find((c) => c.fieldName === name);

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

function enter(outer: Enclosing, node: Node): Enclosing {
  if (node.type === 'class_definition') return outer.inClass ? outer : { inClass: true, inFunction: outer.inFunction };
  if (node.type === 'function_definition' || node.type === 'lambda')
    return outer.inFunction ? outer : { inClass: outer.inClass, inFunction: true };
  return outer;
}

/** Nodes one walk visits at most; a tree past it is read up to there and reported (`walk` returns false). */
export const MAX_WALKED_NODES = 2_000_000;

/**
 * Depth-first walk with an explicit stack (hostile files can nest deeply) and a node budget.
 * @returns false when the budget stopped the walk before every node was visited.
 */
export function walk(
  root: Node,
  visit: (node: Node, enclosing: Enclosing) => void,
  budget = MAX_WALKED_NODES,
): boolean {
  const stack: { node: Node; enclosing: Enclosing }[] = [{ node: root, enclosing: TOP }];
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
export function dottedName(call: Node, aliases: ReadonlyMap<string, string>): string | undefined {
  const fn = field(call, 'function') ?? named(call)[0];
  if (!fn || (fn.type !== 'identifier' && fn.type !== 'attribute')) return undefined;
  if (!/^[\w.]+$/.test(fn.text)) return undefined;
  const [head, ...rest] = fn.text.split('.');
  const resolved = aliases.get(head!) ?? head!;
  return [resolved, ...rest].join('.');
}

/** A plain string literal's value (no f-string, no concatenation), else undefined. */
export function literalString(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const m = /^[ru]?("""|'''|"|')([\s\S]*)\1$/i.exec(node.text);
  return m && !/\\/.test(m[2]!) ? m[2] : undefined;
}

/** Items of a list/tuple literal that are all plain strings, else undefined. */
export function literalStrings(node: Node): { value: string; line: number; column: number }[] | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return undefined;
  const out: { value: string; line: number; column: number }[] = [];
  for (const item of named(node)) {
    if (item.type === 'comment') continue;
    const value = literalString(item);
    if (value === undefined) return undefined;
    out.push({ value, ...pos(item) });
  }
  return out;
}

/** Keyword arguments of a call, and a `**kwargs` splat if any. */
export function keywordArgs(call: Node): { keywords: [string, Node][]; splat: Node | undefined } {
  const args = field(call, 'arguments') ?? call.children.find((c) => c.type === 'argument_list');
  const keywords: [string, Node][] = [];
  let splat: Node | undefined;
  for (const a of args ? named(args) : []) {
    if (a.type === 'dictionary_splat') splat = a;
    if (a.type !== 'keyword_argument') continue;
    const name = field(a, 'name') ?? named(a)[0];
    const value = field(a, 'value') ?? named(a)[1];
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
  call: Node,
): { category: DangerousCall['category']; benign: boolean } | undefined {
  if (PROCESS.test(name)) {
    const args = field(call, 'arguments') ?? call.children.find((c) => c.type === 'argument_list');
    const first = args ? named(args)[0] : undefined;
    const argv = first ? literalStrings(first) : undefined;
    return { category: 'process', benign: argv !== undefined && argv[0]?.value === 'git' };
  }
  if (DYNAMIC.test(name)) return { category: 'dynamicCode', benign: false };
  if (NETWORK.test(name)) return { category: 'network', benign: false };
  return undefined;
}
