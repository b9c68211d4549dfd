/**
 * The bundle leaves out a first-party module whose exports nothing uses (packages/cli/scripts/bundle.mjs,
 * docs/decisions/0033), which is right only while no such module does anything when it is evaluated
 * beyond making its own declarations: every compiled module of the packages and plugins has only
 * imports, exports and declarations at its top level (the bin and the batch worker, the bundle's
 * entries, are kept whole).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const { parse } = createRequire(import.meta.url)('@babel/parser') as typeof import('@babel/parser');
const ENTRIES = new Set(['packages/cli/dist/bin.js', 'packages/cli/dist/batch/worker.js']);
const DECLARATIONS = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'VariableDeclaration',
  'EmptyStatement',
]);

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    return e.name.endsWith('.js') && !e.name.includes('.test.') ? [path] : [];
  });
}

describe('first-party modules', () => {
  const files = ['packages', 'plugins'].flatMap((group) =>
    readdirSync(join(repo, group)).flatMap((name) => {
      try {
        return modules(join(repo, group, name, 'dist'));
      } catch {
        return [];
      }
    }),
  );

  it('are built', () => expect(files.length).toBeGreaterThan(300));

  it('do nothing at their top level but import, export and declare', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const name = relative(repo, file);
      if (ENTRIES.has(name) || name.startsWith('packages/testing/')) continue;
      const program = parse(readFileSync(file, 'utf8'), { sourceType: 'module' }).program;
      for (const statement of program.body)
        if (!DECLARATIONS.has(statement.type))
          offenders.push(`${name}:${statement.loc?.start.line}: ${statement.type}`);
    }
    expect(offenders).toEqual([]);
  });

  it('would be caught doing something at their top level', () => {
    const body = parse('import x from "y";\nexport const a = 1;\nx.register(a);\n', { sourceType: 'module' }).program
      .body;
    expect(body.map((s) => s.type).filter((t) => !DECLARATIONS.has(t))).toEqual(['ExpressionStatement']);
  });
});
