/**
 * pip readers without the regexes eslint-plugin-regexp flagged super-linear (#20 class 3): PEP 508
 * names and extras, INI `key = value` lines and version clauses read as the old regexes read them,
 * and doubling a pathological requirements.txt / pip.conf ~doubles the time of the whole read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '@inert/syntax';
import { expectLinear, MB, repeatTo } from '@inert/testing';
import { boundsOf, constraintClause } from './load/clients.js';
import { keyValue, parseIni } from './load/ini.js';
import { nameExtrasRest, parseSpec } from './load/pep508.js';
import type { SetupPy } from './model.js';
import { parseRequirements } from './load/requirements.js';
import {
  analyse,
  MAX_SETUP_PY_BYTES,
  MAX_SETUP_PY_CALLS,
  MAX_SETUP_PY_PARSE_CPU_MS,
  parseSetupPy,
} from './load/setup-py.js';

/** The regexes replaced; kept only to compare against. */
function oldNameExtrasRest(body: string) {
  const m = /^([^\s[\]<>=!~;@(),]+)\s*(?:(\[[^\]]*\])\s*)?(.*)$/s.exec(body);
  return m ? { name: m[1]!, extras: m[2] ?? '', rest: m[3]!.trim() } : undefined;
}
function oldKeyValue(line: string) {
  const m = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
  return m ? { key: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}
function oldClause(clause: string) {
  const m = /^\s*(?:(===|==|>=|<=|!=|~=|[><^~])\s*)?(\S*)\s*$/.exec(clause);
  return m ? { op: m[1], version: m[2]! } : undefined;
}

const chars = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''));

describe('pip readers read as the replaced regexes read them', () => {
  it('PEP 508 names, extras and the rest', () => {
    expect(parseSpec('requests[security, socks] >=2.31 ; python_version >= "3.8"')).toEqual({
      name: 'requests',
      extras: '[security, socks]',
      specifier: '>=2.31',
      url: undefined,
      markers: 'python_version >= "3.8"',
    });
    expect(parseSpec('Django (>=4.2,<5)')).toMatchObject({ name: 'Django', extras: '', specifier: '>=4.2,<5' });
    const mine = (b: string) => {
      const m = nameExtrasRest(b);
      return m && { ...m, rest: m.rest.trim() };
    };
    for (const b of ['numpy', 'a [x', 'a[x]y', 'a  [x] ( >=1 )', '[x]', 'pkg\u2028==1', ' a'])
      expect(mine(b), b).toEqual(oldNameExtrasRest(b));
    fc.assert(
      fc.property(chars(['a', ' ', '\t', '\n', '[', ']', '>=', '1', ';', '(', '\u2028', '@']), (b) => {
        expect(mine(b)).toEqual(oldNameExtrasRest(b));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });

  it('INI key = value lines', () => {
    expect(keyValue('index-url = https://pypi.org/simple')).toEqual({
      key: 'index-url ',
      value: 'https://pypi.org/simple',
    });
    expect(keyValue('repository: https://upload.pypi.org/legacy/')).toEqual({
      key: 'repository',
      value: 'https://upload.pypi.org/legacy/',
    });
    expect(keyValue('=x')).toBeUndefined();
    const mine = (l: string) => {
      const m = keyValue(l);
      return m && { key: m.key.trim(), value: m.value.trim() };
    };
    for (const l of ['a=b=c', 'a: b', 'no separator', 'k = v\u2028w', 'k =\u2028 v', 'k\t:\tv'])
      expect(mine(l), l).toEqual(oldKeyValue(l));
    fc.assert(
      fc.property(chars(['k', ' ', '\t', '=', ':', '\u2028', 'v']), (l) => {
        expect(mine(l)).toEqual(oldKeyValue(l));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });

  it('version clauses', () => {
    expect(boundsOf('>=1.2, <2', false)).toEqual({ since: '1.2', until: '2' });
    expect(boundsOf('== 1.4.2', false)).toEqual({ version: '1.4.2' });
    expect(boundsOf('1.4', true)).toEqual({ version: '1.4' });
    for (const c of ['>= 1', '~=1.2', '=== 1', '> =1', '1 2', '', '  ^1.0  ', '<> 1'])
      expect(constraintClause(c), c).toEqual(oldClause(c));
    fc.assert(
      fc.property(chars(['=', '==', '>', '<', '!', '~', '^', ' ', '\t', '1', '.', '\u2028']), (c) => {
        expect(constraintClause(c)).toEqual(oldClause(c));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('pip readers are linear', () => {
  it.each([
    ['requirements.txt: a 1 MB name', (n: number) => `${repeatTo('a', n)}\n`],
    ['requirements.txt: a name, 1 MB of spaces, no extras', (n: number) => `a${repeatTo(' ', n)}!\n`],
    ['requirements.txt: 1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['requirements.txt: an unclosed [ then 1 MB of spaces', (n: number) => `a[${repeatTo(' ', n)}\n`],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseRequirements(t, 'requirements.txt'), make, { start: MB });
  });

  it.each([
    ['pip.conf: a 1 MB key with no separator', (n: number) => `[global]\n${repeatTo('k', n)}\n`],
    ['pip.conf: a key, 1 MB of spaces, no separator', (n: number) => `[global]\nk${repeatTo(' ', n)}x\n`],
    ['pip.conf: 1 MB of NULs', (n: number) => `[global]\n${repeatTo('\0', n)}\n`],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseIni(t, 'pip.conf'), make, { start: MB });
  });

  it('version clauses: 1 MB of spaces between two words', () => {
    expectLinear(
      (c: string) => constraintClause(c),
      (n) => `>=1${repeatTo(' ', n)}2`,
      { start: MB },
    );
  });
});

/** The parts of a `SyntaxNode` the setup.py reader reads, for a tree built without a parse. */
interface Node {
  type: string;
  text: string;
  children: Node[];
  namedChildren: Node[];
  fieldName?: string | undefined;
  startLine: number;
  startColumn: number;
}

/**
 * The tree tree-sitter-python gives `os.system(os.system(… "x" …))` nested `depth` deep, built directly
 * (no parse, so the doubling measures the setup.py reader alone): a `call` with a `function` attribute
 * (`object` and `attribute` identifiers) and an `argument_list` holding the next call. Built inside
 * out, so building is linear too; the attribute is shared, as the reader only reads it.
 */
function nestedCalls(depth: number): SyntaxNode {
  const leaf = (type: string, text: string, fieldName?: string): Node => ({
    type,
    text,
    children: [],
    namedChildren: [],
    fieldName,
    startLine: 2,
    startColumn: 1,
  });
  const os = leaf('identifier', 'os', 'object');
  const system = leaf('identifier', 'system', 'attribute');
  const fn: Node = { ...leaf('attribute', 'os.system', 'function'), children: [os, leaf('.', '.'), system] };
  fn.namedChildren = [os, system];
  let inner: Node = leaf('string', '"x"');
  for (let i = 0; i < depth; i++) {
    const args: Node = {
      ...leaf('argument_list', '(…)', 'arguments'),
      children: [leaf('(', '('), inner, leaf(')', ')')],
      namedChildren: [inner],
    };
    inner = { ...leaf('call', 'os.system(…)'), children: [fn, args], namedChildren: [fn, args] };
  }
  const importOs: Node = {
    ...leaf('import_statement', 'import os'),
    children: [leaf('dotted_name', 'os', 'name')],
    namedChildren: [leaf('dotted_name', 'os', 'name')],
  };
  const statement: Node = { ...leaf('expression_statement', ''), children: [inner], namedChildren: [inner] };
  const module: Node = { ...leaf('module', ''), children: [importOs, statement], namedChildren: [importOs, statement] };
  // A structural stand-in: SyntaxNode is a class over a parsed tree's arrays, which no test can build by hand.
  return module as unknown as SyntaxNode;
}

describe('the setup.py reader is linear in the nesting depth', () => {
  const read = (root: SyntaxNode) =>
    analyse(root, {
      path: 'setup.py',
      dir: '',
      setupLine: undefined,
      calls: [],
      requires: [],
      readable: false,
    } satisfies SetupPy);

  it('reads every nested os.system( call, at module level', () => {
    const { setup } = read(nestedCalls(3));
    expect(setup.calls.map((c) => [c.call, c.category, c.where])).toEqual([
      ['os.system', 'process', 'module'],
      ['os.system', 'process', 'module'],
      ['os.system', 'process', 'module'],
    ]);
  });

  // Each call used to ask all its ancestors whether one was a class or a function: 50,000 nested
  // calls ran for minutes. From 4,096 deep up, doubling must ~double the time.
  it('os.system( nested deeper and deeper', () => {
    expectLinear(read, nestedCalls, { start: 1 << 12 });
  });
});

describe('setup.py size budget', () => {
  it('a setup.py over 256 KiB is a limit problem without a parse', async () => {
    expect(MAX_SETUP_PY_BYTES).toBe(256 * 1024);
    const text = `import os\n${'os.system('.repeat(50_000)}"x"${')'.repeat(50_000)}\n`;
    expect(text.length).toBeGreaterThan(MAX_SETUP_PY_BYTES);
    const { problems } = await parseSetupPy(text, 'setup.py');
    expect(problems.map((p) => [p.kind, p.reason])).toEqual([
      ['limit', 'setup.py could not be parsed: the source is larger than 262144 bytes, the limit for syntax trees'],
    ]);
  });

  // tree-sitter-python's error recovery is super-linear on a run of backslash line continuations
  // (8 KiB 0.4 s, 16 KiB 1.5 s of CPU): the byte budget cannot bound it, the CPU budget does.
  it('backslash continuations under the byte budget run into the CPU budget and become a limit problem', async () => {
    const started = process.cpuUsage();
    const { problems } = await parseSetupPy(repeatTo('\\\n', 64 * 1024), 'setup.py', 5000);
    const used = process.cpuUsage(started);
    // A hang guard, not a timing assertion: uncut, 64 KiB of these takes many seconds of CPU.
    expect((used.user + used.system) / 1000).toBeLessThan(3 * MAX_SETUP_PY_PARSE_CPU_MS);
    expect(problems.map((p) => [p.kind, p.reason])).toEqual([
      [
        'limit',
        `setup.py could not be parsed: parsing took more than the ${MAX_SETUP_PY_PARSE_CPU_MS} ms CPU budget (limit maxParseMillis)`,
      ],
    ]);
  });

  it('past 1,000 process/eval/network calls the rest are one limit problem, not one finding each', async () => {
    const text = `import os\n${'os.system('.repeat(5000)}"x"${')'.repeat(5000)}\nsetup(name="x")\n`;
    const { setup, problems } = await parseSetupPy(text, 'setup.py');
    expect(setup.calls).toHaveLength(MAX_SETUP_PY_CALLS);
    expect(setup.calls.every((c) => c.call === 'os.system')).toBe(true);
    expect(problems.map((p) => [p.kind, p.reason])).toEqual([
      ['limit', 'more than 1,000 process, eval or network calls (5,000); the first 1,000 are reported'],
    ]);
    const at = await parseSetupPy(
      `import os\n${'os.system("x")\n'.repeat(MAX_SETUP_PY_CALLS)}setup(name="x")\n`,
      'setup.py',
    );
    expect(at.setup.calls).toHaveLength(MAX_SETUP_PY_CALLS);
    expect(at.problems).toEqual([]);
  });
});
