import { describe, expect, it, vi } from 'vitest';
import { cpuMs } from '../testing/growth.js';
import { parseYaml } from './yaml.js';

describe('parseYaml', () => {
  it('prints nothing: a collection key would make the yaml package emit a process warning', () => {
    const emit = vi.spyOn(process, 'emitWarning');
    try {
      const parsed = parseYaml('on: push\n? {a: 1}\n: b\n[x, y]: z\n', 'ci.yml');
      expect(parsed.ok).toBe(true);
      expect(emit).not.toHaveBeenCalled();
    } finally {
      emit.mockRestore();
    }
  });

  it('parses every document and locates routes in each', () => {
    const text =
      "lockfileVersion: '9.0'\n---\nlockfileVersion: '9.0'\npackages:\n  /a@1.0.0:\n    resolution: {integrity: sha512-x}\n";
    const parsed = parseYaml(text, 'pnpm-lock.yaml');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    expect(parsed.value.documents).toHaveLength(2);
    const second = parsed.value.documents[1]!;
    expect(second.value).toMatchObject({ packages: { '/a@1.0.0': { resolution: { integrity: 'sha512-x' } } } });
    const [key, value] = second.locate([
      { route: ['packages', '/a@1.0.0'], part: 'key' },
      { route: ['packages', '/a@1.0.0', 'resolution', 'integrity'], part: 'value' },
    ]);
    expect(key).toMatchObject({ line: 5, column: 3 });
    expect(value).toMatchObject({ line: 6, column: 29 });
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    let parsed: ReturnType<typeof parseYaml> | undefined;
    // CPU time: a hang guard a loaded machine's waiting does not trip.
    expect(cpuMs(() => (parsed = parseYaml(lines.join('\n'), 'bomb.yaml')))).toBeLessThan(5000);
    expect(parsed!.ok).toBe(false);
    if (!parsed!.ok) expect(parsed!.problem.kind).toBe('limit');
  });

  it('refuses deeply nested flow collections', () => {
    const parsed = parseYaml(`a: ${'['.repeat(50_000)}`, 'deep.yaml');
    expect(parsed.ok).toBe(false);
  });

  it('does not honour custom tags or pollute prototypes', () => {
    const parsed = parseYaml('__proto__: {polluted: yes}\nf: !!js/function "function(){}"\n', 'p.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (parsed.ok) expect(typeof (parsed.value.documents[0]!.value as Record<string, unknown>).f).not.toBe('function');
  });

  it('reports syntax errors with a position', () => {
    const parsed = parseYaml('a: [1, 2\nb: 3\n', 'bad.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.line).toBeGreaterThan(0);
  });

  it('locates routes quickly in maps with nested collection keys (found by fuzzing: stringifying them grew exponentially)', () => {
    const parsed = parseYaml('? {a: [1, {b: 2}]}\n: x\nc: 3\n', 'keys.yaml');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const doc = parsed.value.documents[0]!;
    const spans = doc.locate([
      { route: ['c'], part: 'key' },
      { route: ['missing'], part: 'value' },
    ]);
    expect(spans[0]).toMatchObject({ line: 3, column: 1 });
    // Nested collection keys are refused before conversion, quickly (250 levels took 5 s).
    let deep: ReturnType<typeof parseYaml> = { ok: false, problem: { file: '', kind: 'limit', reason: '' } };
    expect(cpuMs(() => (deep = parseYaml('{'.repeat(250) + '}'.repeat(250) + '\n', 'deep-keys.yaml')))).toBeLessThan(
      1000,
    );
    expect(deep.ok ? 'ok' : deep.problem.kind).toBe('limit');
    // The same with spaces and explicit flow keys: the cheap pre-check must not let them through.
    for (const open of ['{ ', '{ ? ']) {
      const spaced = parseYaml(open.repeat(250) + '}'.repeat(250) + '\n', 'spaced-keys.yaml');
      expect(spaced.ok ? 'ok' : spaced.problem.kind, open).toBe('limit');
    }
    // Nested sequences are values, not keys: still read.
    expect(parseYaml('[ '.repeat(250) + ']'.repeat(250) + '\n', 'seqs.yaml').ok).toBe(true);
  });

  it('refuses an alias inside its own anchor (a cyclic value) and keeps shared aliases (found by fuzzing)', () => {
    const cyclic = parseYaml('&a [a, *a]\n', 'cycle.yaml');
    expect(cyclic.ok).toBe(false);
    if (!cyclic.ok) {
      expect(cyclic.problem.kind).toBe('syntax');
      expect(cyclic.problem.reason).toMatch(/cyclic/);
    }
    const map = parseYaml('a: &x {b: 1}\nc: &y {d: *x}\n', 'ok.yaml');
    expect(map.ok && map.value.documents[0]!.value).toEqual({ a: { b: 1 }, c: { d: { b: 1 } } });
    expect(parseYaml('&a {k: *a}\n', 'map-cycle.yaml').ok).toBe(false);
  });

  it('reports error positions inside the file after a quoted scalar that spans lines (found by fuzzing)', () => {
    const parsed = parseYaml(
      '"""{\n  build: { script: [ "|" ], id_tokens: { ID: { aud: x } }, extends: [ .a, .b ] }\n}\n',
      'q.yaml',
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ line: 2, column: 26 });
  });
});
