/**
 * Plain syntax trees: a web-tree-sitter tree copied with one cursor walk into typed arrays owned by
 * JavaScript, so callers never hold WASM memory. https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html
 *
 * Why arrays and not one object per node: a 1 MB file has ~600,000 nodes. Copying them as objects
 * (with positions and child arrays) spent most of its time in the garbage collector, 2–3× the parse
 * itself; the arrays cost ~25 bytes a node and no collection. `SyntaxNode` objects are made on first
 * access and cached, so identity holds (`a.parent === b`). Text and line/column are computed from
 * the shared source on demand: text per node would be quadratic in the nesting depth (50,000
 * nested parentheses took ~10 s that way).
 */
import type { Tree } from 'web-tree-sitter';

const NAMED = 1;
const MISSING = 2;
const ERROR_BELOW = 4;
const ERROR_TYPE = 0xffff;
const NONE: readonly SyntaxNode[] = Object.freeze([]);
/** Set by `SyntaxNode`'s static block: module code reads a node's store without making it public. */
let internals: (node: SyntaxNode) => [Store, number];

/** One parsed source: per-node arrays in pre-order (a subtree is a contiguous index range). */
class Store {
  count = 0;
  type: Uint16Array;
  field: Uint16Array;
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  parent: Int32Array;
  first: Int32Array;
  next: Int32Array;
  /** One past the last index of each node's subtree, filled by `seal`. */
  after = new Int32Array(0);
  private readonly nodes: (SyntaxNode | undefined)[] = [];
  private lines: Int32Array | undefined;

  constructor(
    readonly source: string,
    readonly types: readonly string[],
    readonly fields: readonly (string | null)[],
    capacity: number,
  ) {
    this.type = new Uint16Array(capacity);
    this.field = new Uint16Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.first = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  add(parent: number, type: number, field: number, start: number, end: number, flags: number): number {
    if (this.count === this.type.length) this.grow();
    const i = this.count++;
    this.type[i] = type;
    this.field[i] = field;
    this.start[i] = start;
    this.end[i] = end;
    this.parent[i] = parent;
    this.first[i] = -1;
    this.next[i] = -1;
    this.flags[i] = flags;
    // An ERROR or MISSING node marks its ancestors up to the first already marked: linear overall.
    if (type === ERROR_TYPE || flags & MISSING)
      for (let n = i; n >= 0 && !(this.flags[n]! & ERROR_BELOW); n = this.parent[n]!) this.flags[n]! |= ERROR_BELOW;
    return i;
  }

  /** Computes subtree ranges once the walk is complete. */
  seal(): void {
    this.after = new Int32Array(this.count);
    if (this.count > 0) this.after[0] = this.count;
    for (let i = 1; i < this.count; i++)
      this.after[i] = this.next[i]! >= 0 ? this.next[i]! : this.after[this.parent[i]!]!;
  }

  node(i: number): SyntaxNode {
    return (this.nodes[i] ??= new SyntaxNode(this, i));
  }

  typeName(i: number): string {
    return this.types[this.type[i]!] ?? 'ERROR';
  }

  /** 1-based line and column of a UTF-16 offset; lines end at `\n` only, as in tree-sitter. */
  position(index: number): { line: number; column: number } {
    const starts = (this.lines ??= lineStarts(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - starts[low]! + 1 };
  }

  private grow(): void {
    const size = Math.max(1024, this.type.length * 2);
    const resize = <T extends Uint8Array | Uint16Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.type = resize(this.type, (n) => new Uint16Array(n));
    this.field = resize(this.field, (n) => new Uint16Array(n));
    this.flags = resize(this.flags, (n) => new Uint8Array(n));
    this.start = resize(this.start, (n) => new Int32Array(n));
    this.end = resize(this.end, (n) => new Int32Array(n));
    this.parent = resize(this.parent, (n) => new Int32Array(n));
    this.first = resize(this.first, (n) => new Int32Array(n));
    this.next = resize(this.next, (n) => new Int32Array(n));
  }
}

/**
 * One node of a copied tree: plain data, read-only, safe to keep after the parse.
 *
 * Positions are 1-based lines and columns, columns in UTF-16 code units of the parsed JS string (what
 * editors, SARIF's `utf16CodeUnits` and `String.prototype.slice` count; tree-sitter's own offsets for
 * UTF-8 input would be bytes). A `\r` before `\n` belongs to its line.
 */
export class SyntaxNode {
  private kids: readonly SyntaxNode[] | undefined;
  private named: readonly SyntaxNode[] | undefined;

  /** Made only by the tree (`Store.node`), once per node. */
  constructor(
    private readonly store: Store,
    private readonly index: number,
  ) {}

  /** The grammar's node type: `call`, `string`, `method_invocation`, `ERROR`, or the token itself (`(`) for anonymous nodes. */
  get type(): string {
    return this.store.typeName(this.index);
  }

  /** The field this node fills in its parent (`function`, `arguments`, `name` …), if any. */
  get fieldName(): string | undefined {
    const id = this.store.field[this.index]!;
    return id === 0 ? undefined : (this.store.fields[id] ?? undefined);
  }

  /** The enclosing node; undefined for the root. */
  get parent(): SyntaxNode | undefined {
    const p = this.store.parent[this.index]!;
    return p < 0 ? undefined : this.store.node(p);
  }

  /** All children, named and anonymous (`(`, `,`, keywords), in source order. */
  get children(): readonly SyntaxNode[] {
    if (this.kids) return this.kids;
    const { store } = this;
    const out: SyntaxNode[] = [];
    for (let c = store.first[this.index]!; c >= 0; c = store.next[c]!) out.push(store.node(c));
    return (this.kids = out.length === 0 ? NONE : out);
  }

  /** Named children only (no punctuation or keywords). */
  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.length === 0 ? NONE : this.children.filter((c) => c.isNamed));
  }

  /** The node's source text (a slice of the source; V8 makes long slices views, not copies). */
  get text(): string {
    return this.store.source.slice(this.store.start[this.index], this.store.end[this.index]);
  }

  /** Start offset in the source string (UTF-16 code units, 0-based). */
  get startIndex(): number {
    return this.store.start[this.index]!;
  }

  /** End offset in the source string (exclusive). */
  get endIndex(): number {
    return this.store.end[this.index]!;
  }

  /** 1-based line of the first character. */
  get startLine(): number {
    return this.store.position(this.startIndex).line;
  }

  /** 1-based column of the first character, in UTF-16 code units. */
  get startColumn(): number {
    return this.store.position(this.startIndex).column;
  }

  /** 1-based line of the end position. */
  get endLine(): number {
    return this.store.position(this.endIndex).line;
  }

  /** 1-based column just after the last character, in UTF-16 code units. */
  get endColumn(): number {
    return this.store.position(this.endIndex).column;
  }

  /** False for anonymous tokens such as punctuation and keywords. */
  get isNamed(): boolean {
    return (this.store.flags[this.index]! & NAMED) !== 0;
  }

  /** A zero-width node the parser inserted to recover from an error (e.g. a missing `)`). */
  get isMissing(): boolean {
    return (this.store.flags[this.index]! & MISSING) !== 0;
  }

  /** True for ERROR and MISSING nodes themselves. */
  get isError(): boolean {
    return this.store.type[this.index] === ERROR_TYPE || this.isMissing;
  }

  /** True when this node or a descendant is an ERROR or MISSING node: that part is not valid code. */
  get hasError(): boolean {
    return (this.store.flags[this.index]! & ERROR_BELOW) !== 0;
  }

  static {
    internals = (node) => [node.store, node.index];
  }
}

/**
 * `root` and its descendants in pre-order whose type is in `types` (if given) and that pass `test`
 * (if given). Pre-order indexes make a subtree one range: no stack, and no objects for nodes whose
 * type does not match.
 */
export function selectNodes(
  root: SyntaxNode,
  types: ReadonlySet<string> | undefined,
  test: ((node: SyntaxNode) => boolean) | undefined,
): SyntaxNode[] {
  const [store, index] = internals(root);
  const out: SyntaxNode[] = [];
  for (let i = index, end = store.after[index] ?? index; i < end; i++) {
    if (types && !types.has(store.typeName(i))) continue;
    const node = store.node(i);
    if (!test || test(node)) out.push(node);
  }
  return out;
}

/** Why a copy stopped early. */
export type CopyStop = 'nodes' | 'time';

/**
 * Copies a tree in one iterative pre-order walk (hostile inputs nest 100,000 deep, so no recursion);
 * stops and says why after `maxNodes` nodes or once `overBudget` (the parse's CPU budget) says so.
 */
export function copyTree(
  tree: Tree,
  source: string,
  maxNodes: number,
  overBudget: () => boolean,
): { root: SyntaxNode; stopped?: CopyStop } {
  const language = tree.language;
  const store = new Store(source, language.types, language.fields, Math.min(maxNodes, 1024 + (source.length >> 1)));
  // Every cursor getter is a call into WASM, so ask for little per node: named-ness is a property of
  // the node type (ERROR is named), and MISSING nodes exist only in trees with errors.
  const namedTypes: (number | undefined)[] = [];
  const named = (id: number) => (namedTypes[id] ??= id === ERROR_TYPE || language.nodeTypeIsNamed(id) ? NAMED : 0);
  const mayMiss = tree.rootNode.hasError;
  const cursor = tree.walk();
  const add = (parent: number) => {
    const id = cursor.nodeTypeId;
    return store.add(
      parent,
      id,
      cursor.currentFieldId,
      cursor.startIndex,
      cursor.endIndex,
      named(id) | (mayMiss && cursor.nodeIsMissing ? MISSING : 0),
    );
  };
  try {
    let current = add(-1);
    for (;;) {
      if (store.count >= maxNodes) return { root: store.node(0), stopped: 'nodes' };
      // A clock read per node would cost more than the copy: check every 4,096 nodes.
      if ((store.count & 4095) === 0 && overBudget()) return { root: store.node(0), stopped: 'time' };
      if (cursor.gotoFirstChild()) {
        const child = add(current);
        store.first[current] = child;
        current = child;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          const sibling = add(store.parent[current]!);
          store.next[current] = sibling;
          current = sibling;
          break;
        }
        if (!cursor.gotoParent()) {
          store.seal();
          return { root: store.node(0) };
        }
        current = store.parent[current]!;
      }
    }
  } finally {
    cursor.delete();
  }
}

function lineStarts(source: string): Int32Array {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}
