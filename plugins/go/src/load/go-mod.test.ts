import { describe, expect, it } from 'vitest';
import type { ParseProblem } from '@inert/core';
import { parseGoMod } from './go-mod.js';

describe('parseGoMod', () => {
  it('reads block and single-line directives with comments and positions', () => {
    const mod = parseGoMod(
      'module example.com/app // the app\n\ngo 1.22\n\nrequire (\n\t"github.com/a/b" v1.0.0 // indirect\n\tgithub.com/c/d v2.0.0+incompatible\n)\nreplace github.com/a/b v1.0.0 => ../b\n',
      'go.mod',
      '',
    );
    expect(mod.module).toBe('example.com/app');
    expect(mod.requires.map((r) => [r.path, r.version, r.indirect, r.at.line, r.at.column])).toEqual([
      ['github.com/a/b', 'v1.0.0', true, 6, 2],
      ['github.com/c/d', 'v2.0.0+incompatible', false, 7, 2],
    ]);
    expect(mod.replaces[0]).toMatchObject({
      oldPath: 'github.com/a/b',
      oldVersion: 'v1.0.0',
      newPath: '../b',
      local: true,
    });
  });

  it('reads every directive form: single-line and block require/replace/exclude/retract, toolchain, godebug, go.work', async () => {
    const text = [
      'module example.com/m',
      'go 1.23.0',
      'toolchain go1.23.4',
      'godebug default=go1.21',
      'require example.com/a v1.0.0',
      'require (',
      '\texample.com/b v0.1.0 // indirect',
      '\t"example.com/c" v2.0.0+incompatible',
      ')',
      'replace (',
      '\texample.com/a v1.0.0 => example.com/a v1.0.1',
      '\texample.com/b => ./b',
      ')',
      'exclude example.com/c v2.0.1',
      'retract [v0.9.0, v0.9.5] // bad releases',
    ].join('\n');
    const mod = parseGoMod(text, 'go.mod', '');
    expect(mod.go).toMatchObject({ version: '1.23.0', line: 2 });
    expect(mod.toolchain).toMatchObject({ version: 'go1.23.4', line: 3 });
    expect(mod.requires.map((r) => [r.path, r.version, r.indirect, r.at.line])).toEqual([
      ['example.com/a', 'v1.0.0', false, 5],
      ['example.com/b', 'v0.1.0', true, 7],
      ['example.com/c', 'v2.0.0+incompatible', false, 8],
    ]);
    expect(
      mod.replaces.map((r) => [r.oldPath, r.oldVersion ?? '', r.newPath, r.newVersion ?? '', r.local, r.at.line]),
    ).toEqual([
      ['example.com/a', 'v1.0.0', 'example.com/a', 'v1.0.1', false, 11],
      ['example.com/b', '', './b', '', true, 12],
    ]);
    const { parseGoWork } = await import('./go-mod.js');
    const work = parseGoWork('go 1.22\n\nuse (\n\t./a\n\t"./b c"\n)\nuse ./d\nreplace x => ../x\n', 'go.work', '');
    expect(work.uses.map((u) => [u.dir, u.at.line])).toEqual([
      ['./a', 4],
      ['./b c', 5],
      ['./d', 7],
    ]);
    expect(work.replaces[0]).toMatchObject({ oldPath: 'x', newPath: '../x', local: true });
  });

  it('terminates on characters no rule consumes (a fuzz finding: a lone BOM once looped forever)', () => {
    const mod = parseGoMod(
      'module example.com/app\n\ufeff\n22\n\nrequire (\n\tgithub.com/x/y v0.7.0 // indirect\n)\n\u2028 \u00a0(',
      'go.mod',
      '',
    );
    expect(mod.requires).toHaveLength(1);
  });

  it('reports what go refuses outright (a block or a quoted string never closed) as a syntax problem, once each', async () => {
    const { parseGoWork } = await import('./go-mod.js');
    const problems: ParseProblem[] = [];
    const mod = parseGoMod('module x\n\nrequire (\n\tgithub.com/a/b v1.0.0\n', 'go.mod', '', problems);
    expect(mod.requires).toHaveLength(1);
    parseGoWork('go 1.22\nuse "./a\nuse "./b\n', 'go.work', '', problems);
    expect(problems).toEqual([
      {
        file: 'go.mod',
        kind: 'syntax',
        reason: 'the require ( block opened on line 3 is never closed: go refuses this file',
        line: 3,
        column: 1,
      },
      {
        file: 'go.work',
        kind: 'syntax',
        reason: 'a quoted string on line 2 is not closed: go refuses this file',
        line: 2,
        column: 5,
      },
    ]);
  });

  it('reports nothing for valid files: closed blocks, quotes and backquotes, comments with quotes', () => {
    const problems: ParseProblem[] = [];
    parseGoMod(
      'module x // say "hi\n\nrequire (\n\t"github.com/a/b" v1.0.0\n)\nreplace `x` => ../y\n',
      'go.mod',
      '',
      problems,
    );
    expect(problems).toEqual([]);
  });
});
