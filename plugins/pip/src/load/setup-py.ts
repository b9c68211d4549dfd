/**
 * setup.py read through a Python syntax tree from @inert/syntax, never executed and never scanned with regexes:
 * the `setup(...)` call's literal arguments, and calls that run processes, evaluate code or reach the network.
 * https://setuptools.pypa.io/en/latest/references/keywords.html
 */
import type { ParseProblem } from '@inert/core';
import { childByField, parseSource, type SyntaxNode, type SyntaxResult } from '@inert/syntax';
import type { DangerousCall, SetupPy } from '../model.js';
import { parseSpec } from './pep508.js';
import { dirOf } from './paths.js';
import {
  classify,
  dottedName,
  keywordArgs,
  literalString,
  literalStrings,
  pos,
  walk,
  MAX_WALKED_NODES,
  type Enclosing,
} from './python-tree.js';

/**
 * Largest setup.py given to the Python parser (#20). The largest real ones we found: pywin32 90.5 KB,
 * CPython's (until 3.12) 88.8 KB, pandas 26 KB, PyTorch 24 KB, SciPy 21 KB, TensorFlow's 16 KB. Parsing
 * and copying Python costs ~2 µs a byte, hostile or not (pywin32's: ~0.2 s), so 256 KiB keeps ~2.8×
 * headroom over the largest real file while a hostile one stays under a second; a larger file is a
 * limit finding at once. Measurements in docs/security.md (budgets).
 */
export const MAX_SETUP_PY_BYTES = 256 * 1024;

/**
 * CPU budget of one setup.py parse (#20), below `limits.maxParseMillis`. No byte budget bounds
 * tree-sitter-python everywhere: its error recovery is super-linear on a run of backslash line
 * continuations (2 KiB 0.15 s, 8 KiB 0.38 s, 16 KiB 1.5 s of CPU). pywin32's 90.5 KB setup.py, the
 * largest real one, takes 0.25–0.30 s of CPU to parse and copy in a fresh process on a loaded
 * machine (0.04 s once warm), so 600 ms keeps 2× over the worst case measured while no hostile
 * setup.py costs more than that; a parse cut there is a `limit` finding.
 */
export const MAX_SETUP_PY_PARSE_CPU_MS = 600;

/**
 * Process, eval and network calls listed per setup.py (#20): real ones have a few dozen at most; past
 * this the rest are one `limit` problem instead of one finding each (45,000 nested `os.system(` made
 * 30 MB of JSON).
 */
export const MAX_SETUP_PY_CALLS = 1000;

/** Keywords whose values inert needs; anything computed there is named as unknown. */
const FACTS = ['name', 'version', 'install_requires', 'setup_requires', 'cmdclass', 'ext_modules', 'dependency_links'];

export async function parseSetupPy(
  text: string,
  path: string,
  maxParseMillis?: number,
): Promise<{ setup: SetupPy; problems: ParseProblem[] }> {
  const setup: SetupPy = { path, dir: dirOf(path), setupLine: undefined, calls: [], requires: [], readable: false };
  let result: SyntaxResult;
  try {
    result = await parseSource('python', text, {
      cpuMs: Math.min(maxParseMillis ?? MAX_SETUP_PY_PARSE_CPU_MS, MAX_SETUP_PY_PARSE_CPU_MS),
      maxBytes: MAX_SETUP_PY_BYTES,
    });
  } catch (error) {
    result = { ok: false, kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (!result.ok)
    return {
      setup,
      problems: [
        {
          file: path,
          // `unavailable`: the grammar or runtime could not load or run, so the file is unread (a gap,
          // docs/decisions/0021), never an opaque file that reads as "partly unknown".
          kind: result.kind === 'limit' ? 'limit' : 'unreadable',
          reason: `setup.py could not be parsed: ${result.reason}`,
        },
      ],
    };
  return analyse(result.tree, setup);
}

/** Reads a setup.py from an already parsed tree (exported for tests with a plain node tree). */
export function analyse(root: SyntaxNode, setup: SetupPy): { setup: SetupPy; problems: ParseProblem[] } {
  const aliases = new Map<string, string>();
  const unknown = new Map<string, number>();
  let setupCalls = 0;
  let over = 0;
  let firstOver: { line: number; column: number } | undefined;
  const complete = walk(root, (node, enclosing) => {
    if (node.type === 'import_statement' || node.type === 'import_from_statement') recordImports(node, aliases);
    if (node.type !== 'call') return;
    const name = dottedName(node, aliases);
    if (name === undefined) return;
    const danger = classify(name, node);
    if (danger && setup.calls.length >= MAX_SETUP_PY_CALLS) {
      over++;
      firstOver ??= pos(node);
    } else if (danger)
      setup.calls.push({
        ...pos(node),
        call: name,
        category: danger.category,
        benign: danger.benign,
        where: whereOf(enclosing),
      });
    if (name === 'setup' || name === 'setuptools.setup' || name === 'distutils.core.setup') {
      setupCalls++;
      setup.setupLine ??= pos(node).line;
      readSetupArgs(node, setup, unknown);
    }
  });
  if (setupCalls === 0) unknown.set('setup() call', 1);
  setup.readable = unknown.size === 0;
  const problems: ParseProblem[] = [];
  if (!complete)
    problems.push({
      file: setup.path,
      kind: 'limit',
      reason: `setup.py has more than ${MAX_WALKED_NODES.toLocaleString('en')} syntax nodes; calls past that were not read`,
    });
  if (over > 0)
    problems.push({
      file: setup.path,
      kind: 'limit',
      reason: `more than ${MAX_SETUP_PY_CALLS.toLocaleString('en')} process, eval or network calls (${(MAX_SETUP_PY_CALLS + over).toLocaleString('en')}); the first ${MAX_SETUP_PY_CALLS.toLocaleString('en')} are reported`,
      ...firstOver,
    });
  if (unknown.size > 0) {
    const line = Math.min(...unknown.values());
    problems.push({
      file: setup.path,
      kind: 'opaque',
      reason: setupCalls === 0 ? 'no setup() call found' : 'setup() arguments are computed at run time',
      line,
      column: 1,
      facts: [...unknown.keys()],
    });
  }
  return { setup, problems };
}

function readSetupArgs(call: SyntaxNode, setup: SetupPy, unknown: Map<string, number>): void {
  const { keywords, splat } = keywordArgs(call);
  if (splat) unknown.set('setup arguments (**kwargs)', pos(splat).line);
  for (const [key, value] of keywords) {
    if (!FACTS.includes(key)) continue;
    const line = pos(value).line;
    if (key === 'install_requires' || key === 'setup_requires') {
      const strings = literalStrings(value);
      if (!strings) unknown.set(key, line);
      else
        for (const s of strings) {
          const spec = parseSpec(s.value);
          if (spec.name)
            setup.requires.push({
              name: spec.name,
              spec: spec.specifier,
              url: spec.url,
              line: s.line,
              column: s.column,
            });
        }
    } else if ((key === 'name' || key === 'version') && literalString(value) === undefined) unknown.set(key, line);
  }
}

function recordImports(node: SyntaxNode, aliases: Map<string, string>): void {
  const module = node.type === 'import_from_statement' ? childByField(node, 'module_name') : undefined;
  for (const item of node.namedChildren) {
    if (item === module || (item.type !== 'dotted_name' && item.type !== 'aliased_import')) continue;
    const target = item.type === 'aliased_import' ? (childByField(item, 'name')?.text ?? '') : item.text;
    const alias = item.type === 'aliased_import' ? childByField(item, 'alias')?.text : undefined;
    const full = module ? `${module.text}.${target}` : target;
    // `import os.path` binds `os`; `from x import y` binds `y`; `as z` binds `z`.
    if (alias) aliases.set(alias, full);
    else if (module) aliases.set(target, full);
  }
}

function whereOf(enclosing: Enclosing): DangerousCall['where'] {
  if (enclosing.inClass) return 'cmdclass';
  if (enclosing.inFunction) return 'function';
  return 'module';
}
