/**
 * Query helpers over plain syntax trees: find nodes, read fields and enclosing nodes, and name the
 * callee and arguments of a call in each grammar.
 */
import type { Language } from './parse.js';
import { selectNodes, type SyntaxNode } from './tree.js';

/** Every node, in pre-order, whose type is `match` (or one of them) or that satisfies the predicate; iterative, so deep trees are safe. */
export function findAll(
  root: SyntaxNode,
  match: string | readonly string[] | ((node: SyntaxNode) => boolean),
): SyntaxNode[] {
  if (typeof match === 'function') return selectNodes(root, undefined, match);
  return selectNodes(root, new Set(typeof match === 'string' ? [match] : match), undefined);
}

/** The first child in field `name` (tree-sitter field names: `function`, `arguments`, `method`, `receiver`, `name`, `key`, `value` …). */
export function childByField(node: SyntaxNode, name: string): SyntaxNode | undefined {
  return node.children.find((c) => c.fieldName === name);
}

/** The nearest enclosing node whose type is one of `types`. */
export function ancestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}

/** The node types that are calls in each grammar, for `findAll(tree, CALL_TYPES[language])`. */
export const CALL_TYPES: Readonly<Record<Language, readonly string[]>> = {
  python: ['call'],
  ruby: ['call'],
  groovy: ['method_invocation', 'juxt_function_call'],
  kotlin: ['call_expression'],
};

/**
 * The callee's name, or undefined when the node is not a call or the callee is computed.
 *
 * Python and Ruby keep a static receiver because it names the API (`os.system`, `subprocess.run`,
 * `Kernel.system`, `Net::HTTP.get`); Groovy and Kotlin give the method alone because Gradle's DSL
 * resolves receivers implicitly (`mavenCentral`, `implementation`, `"ls".execute()` → `execute`).
 *
 * Ruby's `gem "x"` and `source "…"` are `call` nodes; a bare `gemspec` with no arguments is an
 * `identifier` (Ruby cannot tell a method from a local variable without running it), so this returns
 * undefined for it and callers that care look for statement-level identifiers.
 */
export function callName(node: SyntaxNode, language: Language): string | undefined {
  switch (language) {
    case 'python': {
      // setup(...), os.system(...), `os . system (...)`; not getattr(os, "system")(...) or f()()
      if (node.type !== 'call') return undefined;
      const fn = childByField(node, 'function');
      return fn && dotted(fn);
    }
    case 'ruby': {
      // gem "x", Foo::Bar.baz(1), Kernel.system "ls", x.y.z 2 → z
      if (node.type !== 'call') return undefined;
      const method = childByField(node, 'method');
      const receiver = childByField(node, 'receiver');
      if (!method) return undefined;
      const named = receiver && ['constant', 'identifier', 'scope_resolution'].includes(receiver.type);
      return named ? `${receiver.text.replace(/\s+/g, '')}.${method.text}` : method.text;
    }
    case 'groovy':
      // plugins { … }, id 'java', mavenCentral(), project.foo.bar(1) → bar
      if (node.type !== 'method_invocation' && node.type !== 'juxt_function_call') return undefined;
      return childByField(node, 'name')?.text;
    case 'kotlin': {
      // implementation("g:a:v"), maven { … }, a.b.c() → c; not foo()() (a call of a call's result)
      if (node.type !== 'call_expression') return undefined;
      const callee = node.children[0];
      if (callee?.type === 'identifier') return callee.text;
      if (callee?.type !== 'navigation_expression') return undefined;
      const last = callee.namedChildren[callee.namedChildren.length - 1];
      return last?.type === 'identifier' ? last.text : undefined;
    }
  }
}

/**
 * A call's arguments as nodes, positional and named, without the trailing closure or lambda.
 * Python keyword arguments come as `keyword_argument` and Ruby options as `pair` (read them with
 * `childByField(arg, 'value')`); Kotlin arguments are unwrapped from `value_argument` to their value
 * and Groovy map arguments stay `map_item`.
 */
export function callArguments(node: SyntaxNode, language: Language): SyntaxNode[] {
  const list =
    language === 'kotlin'
      ? node.children.find((c) => c.type === 'value_arguments')
      : language === 'groovy'
        ? (childByField(node, 'arguments') ?? childByField(node, 'args'))
        : childByField(node, 'arguments');
  if (!list) return [];
  const args = list.namedChildren.filter((a) => !a.type.endsWith('comment'));
  return language === 'kotlin' ? args.map((a) => a.namedChildren[a.namedChildren.length - 1] ?? a) : args;
}

/** `a.b.c` for a chain of identifiers and attribute accesses, ignoring spacing; undefined for anything computed. */
function dotted(node: SyntaxNode): string | undefined {
  const parts: string[] = [];
  let n = node;
  // A loop, not recursion: a hostile file can chain 100,000 attribute accesses.
  while (n.type === 'attribute') {
    const object = childByField(n, 'object');
    const attribute = childByField(n, 'attribute');
    if (!object || attribute?.type !== 'identifier') return undefined;
    parts.push(attribute.text);
    n = object;
  }
  return n.type === 'identifier' ? [n.text, ...parts.reverse()].join('.') : undefined;
}
