/**
 * Query helpers over plain syntax trees: find nodes, read fields, read literal strings (undefined
 * when a string is computed: interpolation, f-strings, GStrings), and name calls per grammar.
 */
import type { Language } from './parse.js';
import type { SyntaxNode } from './tree.js';

/** Every node (pre-order) whose type is one of `types` or that satisfies the predicate. */
export function findAll(root: SyntaxNode, match: string | readonly string[] | ((node: SyntaxNode) => boolean)): SyntaxNode[] {
  const test = typeof match === 'function' ? match : typeof match === 'string' ? (n: SyntaxNode) => n.type === match : (n: SyntaxNode) => match.includes(n.type);
  const out: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The child in field `name` (tree-sitter field names: `function`, `arguments`, `method`, `name` …). */
export function childByField(node: SyntaxNode, name: string): SyntaxNode | undefined {
  return node.children.find((c) => c.fieldName === name);
}

/** The nearest enclosing node of one of the types. */
export function ancestor(node: SyntaxNode, types: readonly string[]): SyntaxNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}

/** The value of a string literal, or undefined when it is not a plain literal (so callers say "could not determine"). */
export function stringValue(node: SyntaxNode, language: Language): string | undefined {
  switch (language) {
    case 'python':
      return pythonString(node);
    case 'ruby':
      return rubyString(node);
    case 'groovy':
      return groovyString(node);
    case 'kotlin':
      return kotlinString(node);
  }
}

/** The called name: `setup`, `os.system`, `gem`, `Foo.bar`, `implementation`, `mavenCentral`, `"ls".execute` → `execute`. */
export function callName(node: SyntaxNode, language: Language): string | undefined {
  switch (language) {
    case 'python': {
      if (node.type !== 'call') return undefined;
      const fn = childByField(node, 'function');
      return fn && (fn.type === 'identifier' || fn.type === 'attribute') && /^[\w.]+$/.test(fn.text) ? fn.text : undefined;
    }
    case 'ruby': {
      if (node.type !== 'call') return undefined;
      const method = childByField(node, 'method')?.text;
      const receiver = childByField(node, 'receiver');
      if (!method) return undefined;
      return receiver && (receiver.type === 'constant' || receiver.type === 'identifier' || receiver.type === 'scope_resolution') ? `${receiver.text}.${method}` : method;
    }
    case 'groovy': {
      if (node.type !== 'method_invocation' && node.type !== 'juxt_function_call') return undefined;
      return childByField(node, 'name')?.text;
    }
    case 'kotlin': {
      if (node.type !== 'call_expression') return undefined;
      const callee = node.children[0];
      if (!callee) return undefined;
      if (callee.type === 'identifier' || callee.type === 'simple_identifier') return callee.text;
      // a.b.c(...) is navigation_expression in this grammar: the last identifier names the call.
      const ids = callee.namedChildren.filter((c) => c.type === 'identifier' || c.type === 'simple_identifier' || c.type === 'navigation_suffix');
      return ids.length > 0 ? ids[ids.length - 1]!.text.replace(/^\./, '') : undefined;
    }
  }
}

/** Arguments of a call as nodes (positional and named), per grammar. */
export function callArguments(node: SyntaxNode, language: Language): SyntaxNode[] {
  const list =
    language === 'python' ? childByField(node, 'arguments')
      : language === 'ruby' ? childByField(node, 'arguments')
        : language === 'groovy' ? (childByField(node, 'arguments') ?? childByField(node, 'args'))
          : node.children.find((c) => c.type === 'value_arguments');
  if (!list) return [];
  return language === 'kotlin' ? list.namedChildren.map((a) => a.namedChildren[a.namedChildren.length - 1] ?? a) : [...list.namedChildren];
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"', $: '$' };

function unescape(text: string): string {
  return text.replace(/\\(u\{?[0-9a-fA-F]{4,6}\}?|x[0-9a-fA-F]{2}|.)/g, (whole, c: string) => {
    if (c.startsWith('u') || c.startsWith('x')) return String.fromCodePoint(parseInt(c.replace(/[ux{}]/g, ''), 16));
    return ESCAPES[c] ?? whole;
  });
}

function pythonString(node: SyntaxNode): string | undefined {
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map(pythonString);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (node.type !== 'string') return undefined;
  const start = node.children[0]?.text ?? '';
  if (/[fFtT]/.test(start) || node.children.some((c) => c.type === 'interpolation')) return undefined;
  const content = node.children.filter((c) => c.type === 'string_content').map((c) => c.text).join('');
  return /[rR]/.test(start) ? content : unescape(content);
}

function rubyString(node: SyntaxNode): string | undefined {
  if (node.type === 'simple_symbol') return node.text.replace(/^:/, '');
  if (node.type === 'hash_key_symbol') return node.text;
  if (node.type !== 'string') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const open = node.children[0]?.text ?? '"';
  const single = open === "'" || open.startsWith('%q');
  return node.children.filter((c) => c.type === 'string_content' || c.type === 'escape_sequence').map((c) => (c.type === 'escape_sequence' ? unescape(c.text) : single ? c.text.replace(/\\(['\\])/g, '$1') : c.text)).join('');
}

function groovyString(node: SyntaxNode): string | undefined {
  if (node.type === 'character_literal') return unescape(node.text.slice(1, -1));
  if (node.type !== 'string_literal') return undefined;
  const parts = node.children.filter((c) => c.type === 'string_fragment' || c.type === 'multiline_string_fragment' || c.type === 'escape_sequence');
  // A GString: `$name` or `${…}` in a double-quoted fragment is evaluated at configuration time.
  if (parts.some((p) => p.type !== 'escape_sequence' && /\$[A-Za-z_{]/.test(p.text))) return undefined;
  return parts.map((p) => (p.type === 'escape_sequence' ? unescape(p.text) : p.text)).join('');
}

function kotlinString(node: SyntaxNode): string | undefined {
  if (node.type !== 'string_literal' && node.type !== 'multiline_string_literal') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const inner = node.text.slice(node.type === 'string_literal' ? 1 : 3, node.type === 'string_literal' ? -1 : -3);
  if (/(^|[^\\])\$[A-Za-z_{]/.test(inner)) return undefined;
  return node.type === 'string_literal' ? unescape(inner) : inner;
}
