import { describe, expect, it } from 'vitest';
import { parseGoMod } from './go-mod.js';

describe('parseGoMod', () => {
  it('reads block and single-line directives with comments and positions', () => {
    const mod = parseGoMod('module example.com/app // the app\n\ngo 1.22\n\nrequire (\n\t"github.com/a/b" v1.0.0 // indirect\n\tgithub.com/c/d v2.0.0+incompatible\n)\nreplace github.com/a/b v1.0.0 => ../b\n', 'go.mod', '');
    expect(mod.module).toBe('example.com/app');
    expect(mod.requires.map((r) => [r.path, r.version, r.indirect, r.at.line, r.at.column])).toEqual([['github.com/a/b', 'v1.0.0', true, 6, 2], ['github.com/c/d', 'v2.0.0+incompatible', false, 7, 2]]);
    expect(mod.replaces[0]).toMatchObject({ oldPath: 'github.com/a/b', oldVersion: 'v1.0.0', newPath: '../b', local: true });
  });

  it('terminates on characters no rule consumes (a fuzz finding: a lone BOM once looped forever)', () => {
    const mod = parseGoMod('module example.com/app\n\ufeff\n22\n\nrequire (\n\tgithub.com/x/y v0.7.0 // indirect\n)\n\u2028 \u00a0(', 'go.mod', '');
    expect(mod.requires).toHaveLength(1);
  });
});
