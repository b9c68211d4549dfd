/**
 * The shape of the import graph (#24.3): no import cycle inside a package's sources (type-only
 * imports included: they tie files together as much as value imports do), and no relative import
 * that leaves its package — packages and plugins reach each other only by package name, so
 * `packages/cli` gets its plugins from `@inert/plugin-*` (its plugins.ts), never from `plugins/` folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './source-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every `.ts` under `dir`, tests included (a test in a cycle is a cycle too). */
function sources(dir: string): string[] {
  return filesUnder(dir, (name) => /\.(?:ts|mts)$/.test(name) && !name.endsWith('.d.ts'));
}

/** Module specifiers of static imports and re-exports (`import`, `import type`, `export … from`) and literal `import()`. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]+?\bfrom\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The source file a relative specifier names (`./x.js` → `./x.ts`, `./dir/index.js`), or undefined. */
function target(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.(m?)js$/, '.$1ts'), base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** The cycles of a graph (Tarjan's strongly connected components of more than one file, or a file importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const packages = ['packages', 'plugins'].flatMap((top) =>
  readdirSync(join(root, top))
    .map((name) => join(root, top, name))
    .filter((dir) => existsSync(join(dir, 'src'))),
);

describe('import graph', () => {
  it('finds every package and plugin', () => {
    expect(packages.map((p) => relative(root, p).split(sep).join('/'))).toEqual(
      expect.arrayContaining(['packages/core', 'packages/cli', 'plugins/npm', 'plugins/ci']),
    );
  });

  for (const pkg of packages) {
    const name = relative(root, pkg).split(sep).join('/');
    const files = sources(join(pkg, 'src'));
    const graph = new Map(
      files.map((f) => [
        f,
        specifiers(readFileSync(f, 'utf8'))
          .map((s) => target(f, s))
          .filter((t): t is string => t !== undefined),
      ]),
    );

    it(`${name}: no import cycle, type-only imports included`, () => {
      expect(cycles(graph).map((c) => c.map((f) => relative(root, f).split(sep).join('/')))).toEqual([]);
    });

    // Tests may read the repository's corpus helpers; the shipped sources may not leave their package.
    it(`${name}: no relative import leaves the package (other packages by name only)`, () => {
      const leaving = files
        .filter((f) => !/\.test\.ts$/.test(f))
        .flatMap((f) =>
          specifiers(readFileSync(f, 'utf8'))
            .filter((s) => s.startsWith('.') && relative(pkg, resolve(dirname(f), s)).startsWith('..'))
            .map((s) => `${relative(root, f)}: ${s}`),
        );
      expect(leaving).toEqual([]);
    });
  }

  it('the walk sees what it must (the test can fail)', () => {
    expect(
      specifiers(
        "import type { A } from './a.js';\nexport { b } from \"../b.js\";\nimport './side.js';\nconst x = await import('./lazy.js');\nimport {\n  c,\n  d,\n} from '../../../plugins/npm/src/index.js';",
      ),
    ).toEqual(['./a.js', '../b.js', '../../../plugins/npm/src/index.js', './side.js', './lazy.js']);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        new Map([
          ['a', ['a']],
          ['b', []],
        ]),
      ),
    ).toEqual([['a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
