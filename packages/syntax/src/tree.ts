/**
 * Plain syntax trees: a tree-sitter tree copied into ordinary objects with one cursor walk, so
 * callers never hold WASM memory. Node text is a lazy slice of the source (copying it per node would
 * be quadratic for deep nesting); positions are 1-based lines and columns in UTF-16 code units.
 */
import type { Tree } from 'web-tree-sitter';

export class SyntaxNode {
  /** Filled while the tree is built; read-only afterwards. */
  readonly children: SyntaxNode[] = [];
  parent: SyntaxNode | undefined;
  private named: SyntaxNode[] | undefined;

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly isNamed: boolean,
    readonly fieldName: string | undefined,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly startLine: number,
    readonly startColumn: number,
    readonly endLine: number,
    readonly endColumn: number,
    readonly isMissing: boolean,
  ) {}

  /** The source text of the node. */
  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  /** True for ERROR and MISSING nodes. */
  get isError(): boolean {
    return this.type === 'ERROR' || this.isMissing;
  }
}

/** Copies a tree; stops (and says so) after `maxNodes`. */
export function copyTree(tree: Tree, source: string, maxNodes: number): { root: SyntaxNode; truncated: boolean } {
  const cursor = tree.walk();
  try {
    const make = (parent: SyntaxNode | undefined): SyntaxNode => {
      const node = new SyntaxNode(
        source,
        cursor.nodeType,
        cursor.nodeIsNamed,
        cursor.currentFieldName ?? undefined,
        cursor.startIndex,
        cursor.endIndex,
        cursor.startPosition.row + 1,
        cursor.startPosition.column + 1,
        cursor.endPosition.row + 1,
        cursor.endPosition.column + 1,
        cursor.nodeIsMissing,
      );
      node.parent = parent;
      parent?.children.push(node);
      return node;
    };
    const root = make(undefined);
    let current = root;
    let count = 1;
    // Iterative pre-order walk: hostile inputs nest deeply, recursion would overflow.
    for (;;) {
      if (count >= maxNodes) return { root, truncated: true };
      if (cursor.gotoFirstChild()) {
        current = make(current);
        count++;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          current = make(current.parent);
          count++;
          break;
        }
        if (!cursor.gotoParent()) return { root, truncated: false };
        current = current.parent!;
      }
    }
  } finally {
    cursor.delete();
  }
}
