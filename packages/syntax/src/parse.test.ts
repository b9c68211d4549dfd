import { describe, expect, it } from 'vitest';
import { findAll, parseSource, stringValue, type Language, type SyntaxNode } from './index.js';
import { cpuDeadline } from './parse.js';

async function tree(language: Language, text: string): Promise<SyntaxNode> {
  const result = await parseSource(language, text);
  if (!result.ok) throw new Error(result.reason);
  return result.tree;
}

describe('syntax/positions', () => {
  it('counts 1-based columns in UTF-16 code units on non-ASCII lines (not UTF-8 bytes)', async () => {
    const root = await tree('python', '# héllo 日本\nx = "日本"; setup(name="é")\n');
    const call = findAll(root, 'call')[0]!;
    expect(call).toMatchObject({ startLine: 2, startColumn: 11, endLine: 2, endColumn: 26 }); // 15 and 33 in UTF-8 bytes
    const value = findAll(call, 'string')[0]!;
    expect(value).toMatchObject({ startColumn: 22, endColumn: 25, text: '"é"' });
    expect(stringValue(value, 'python')).toBe('é');
  });

  it('counts an astral character (emoji) as two code units, like String.prototype.slice', async () => {
    const src = 'gem "😀", "x"\n';
    const root = await tree('ruby', src);
    const strings = findAll(root, 'string');
    expect(strings.map((s) => [s.startColumn, s.endColumn, s.startIndex, s.endIndex])).toEqual([
      [5, 9, 4, 8],
      [11, 14, 10, 13],
    ]);
    expect(strings.map((s) => src.slice(s.startIndex, s.endIndex))).toEqual(['"😀"', '"x"']);
  });

  it('keeps CRLF lines: the \\r belongs to its line, the next line starts at column 1', async () => {
    const root = await tree('kotlin', 'plugins {\r\n    id("a")\r\n}\r\n');
    expect(findAll(root, 'call_expression')[1]).toMatchObject({
      startLine: 2,
      startColumn: 5,
      endLine: 2,
      endColumn: 12,
      text: 'id("a")',
    });
  });

  it('gives lazily sliced text, parents, named children and field names as plain data', async () => {
    const root = await tree('python', 'setup(name="x")\n');
    const call = findAll(root, 'call')[0]!;
    expect(call.text).toBe('setup(name="x")');
    expect(call.parent?.type).toBe('expression_statement');
    expect(call.children.map((c) => [c.type, c.fieldName])).toEqual([
      ['identifier', 'function'],
      ['argument_list', 'arguments'],
    ]);
    expect(call.children[1]!.children.map((c) => c.type)).toEqual(['(', 'keyword_argument', ')']);
    expect(call.children[1]!.namedChildren.map((c) => c.type)).toEqual(['keyword_argument']);
    expect(root.parent).toBeUndefined();
  });
});

describe('syntax/errors', () => {
  it('returns a tree with hasError and marks only the branches that hold ERROR or MISSING nodes', async () => {
    const result = await parseSource('python', 'setup(name="x"\nok = 1\n');
    expect(result).toMatchObject({ ok: true, hasError: true });
    if (!result.ok) return;
    expect(result.tree.hasError).toBe(true);
    const bad = findAll(result.tree, (n) => n.isError);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0]!.startLine).toBe(1);
    expect(findAll(result.tree, 'integer')[0]?.hasError).toBe(false);
  });

  it('reports MISSING nodes (zero-width tokens the parser inserted) as errors', async () => {
    const result = await parseSource('python', 'for x in : pass\n');
    expect(result).toMatchObject({ ok: true, hasError: true });
    if (!result.ok) return;
    const missing = findAll(result.tree, (n) => n.isMissing);
    expect(missing.map((n) => [n.type, n.fieldName, n.startColumn, n.text, n.isError, n.parent?.type])).toEqual([
      ['identifier', 'right', 9, '', true, 'for_statement'],
    ]);
    expect(findAll(result.tree, 'ERROR')).toEqual([]);
  });

  it('refuses an unknown language and a non-string source without throwing', async () => {
    expect(await parseSource('cobol' as Language, 'x')).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(await parseSource('../../etc/passwd' as Language, 'x')).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(await parseSource('python', undefined as unknown as string)).toMatchObject({
      ok: false,
      kind: 'unavailable',
    });
    expect(await parseSource('toString' as Language, 'x')).toMatchObject({ ok: false, kind: 'unavailable' });
  });
});

describe('syntax/hostile input', () => {
  it('parses 100,000 nested parentheses without overflowing the stack', async () => {
    const result = await parseSource('python', `x = ${'('.repeat(100_000)}1${')'.repeat(100_000)}\n`, {
      cpuMs: 20_000,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const deepest = findAll(result.tree, 'integer')[0]!;
    let depth = 0;
    for (let n: SyntaxNode | undefined = deepest; n; n = n.parent) depth++;
    expect(depth).toBeGreaterThan(100_000);
    expect(deepest).toMatchObject({ startLine: 1, startColumn: 100_005, text: '1' });
  });

  it('returns a result for 1 MB of garbage in every grammar within the default 2 s CPU budget (plus the callback interval)', async () => {
    const garbage = '}{)(][ end end do |x| <<< """ \'\'\' ${ #{ $( \\'.repeat(24_000).slice(0, 1024 * 1024);
    for (const language of ['python', 'ruby', 'groovy', 'kotlin'] as const) {
      const started = process.cpuUsage();
      const result = await parseSource(language, garbage);
      // Ruby and Groovy spend seconds in error recovery on this input: the budget stops them.
      expect(result.ok ? result.hasError : result.kind, language).toSatisfy(
        (v: unknown) => v === true || v === 'limit',
      );
      // CPU time, as the budget: a loaded machine's waiting does not count.
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000, language).toBeLessThan(8000);
    }
  });

  it('refuses a source over the byte cap, counting UTF-8 bytes', async () => {
    expect(await parseSource('kotlin', 'x'.repeat(11), { maxBytes: 10 })).toMatchObject({ ok: false, kind: 'limit' });
    expect(await parseSource('kotlin', 'é'.repeat(6), { maxBytes: 10 })).toMatchObject({ ok: false, kind: 'limit' }); // 6 chars, 12 bytes
    expect(await parseSource('kotlin', 'é'.repeat(5), { maxBytes: 10 })).toMatchObject({ ok: true });
    const big = await parseSource('python', '#'.repeat(4 * 1024 * 1024 + 1));
    expect(big).toMatchObject({ ok: false, kind: 'limit' });
  });

  it('stops at a 1 ms CPU budget on a big file, and at the node budget', async () => {
    const started = process.cpuUsage();
    const slow = await parseSource('groovy', 'def x = [1, 2, 3].collect { it * 2 }\n'.repeat(60_000), { cpuMs: 1 });
    expect(slow).toMatchObject({ ok: false, kind: 'limit' });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(await parseSource('python', 'x = 1\n'.repeat(1000), { maxNodes: 50 })).toMatchObject({
      ok: false,
      kind: 'limit',
    });
  });

  it('the parse budget counts CPU time, not wall-clock time: waiting does not use it, work does', async () => {
    const overBudget = cpuDeadline(50);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(overBudget()).toBe(false);
    const started = Date.now();
    while (!overBudget() && Date.now() - started < 10_000) for (let i = 0; i < 1e5; i++) Math.sqrt(i);
    expect(overBudget()).toBe(true);
  });

  it('keeps working after limits and garbage (parsers are freed, the runtime is intact)', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        parseSource(i % 2 ? 'ruby' : 'groovy', '(((('.repeat(5000), { cpuMs: i % 3 ? 1 : 2000 }),
      ),
    );
    const root = await tree('ruby', 'gem "rails"\n');
    expect(findAll(root, 'call')).toHaveLength(1);
  });
});
