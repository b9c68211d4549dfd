import { describe, expect, it } from 'vitest';
import { dockerfileAssignments, positionIn, readDockerfileInstructions } from './dockerfile.js';

describe('readDockerfileInstructions (shared by the CI and go plugins)', () => {
  it('reads keywords, continued lines, comments inside an instruction and positions', () => {
    const text = [
      'FROM golang:1.22 AS build',
      '# a comment',
      'ENV GOFLAGS=-mod=mod \\',
      '# dropped, as Docker drops it',
      '    GONOSUMDB=github.com',
      'run   go build ./...',
    ].join('\n');
    const { escape, instructions } = readDockerfileInstructions(text);
    expect(escape).toBe('\\');
    expect(instructions.map((i) => [i.keyword, i.line, i.column, i.endLine])).toEqual([
      ['FROM', 1, 6, 1],
      ['ENV', 3, 5, 5],
      ['RUN', 6, 7, 6],
    ]);
    const env = instructions[1]!;
    expect(env.args).toBe('GOFLAGS=-mod=mod \\\n\\\n    GONOSUMDB=github.com');
    const assigned = dockerfileAssignments(env.args, escape);
    expect(assigned.map((a) => [a.name, a.value, positionIn(env, a.index)])).toEqual([
      ['GOFLAGS', '-mod=mod', { line: 3, column: 5 }],
      ['GONOSUMDB', 'github.com', { line: 5, column: 5 }],
    ]);
  });

  it('takes a RUN heredoc body as the script, never as instructions', () => {
    const text = 'FROM x\nRUN <<EOF\nENV GOFLAGS=-insecure\nnpm ci\nEOF\nENV A=1\n';
    const { instructions } = readDockerfileInstructions(text);
    expect(instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'ENV']);
    expect(instructions[1]!.heredoc).toEqual({ body: ['ENV GOFLAGS=-insecure', 'npm ci'] });
    expect(instructions[1]!.endLine).toBe(5);
    const open = readDockerfileInstructions('RUN <<EOF\nnpm ci\n').instructions[0]!;
    expect([open.heredoc?.body, open.endLine]).toEqual([['npm ci'], 3]);
  });

  it('honours the escape directive', () => {
    const { escape, instructions } = readDockerfileInstructions('# escape=`\nENV A=1 `\n  B="two words"\n');
    expect(escape).toBe('`');
    expect(dockerfileAssignments(instructions[0]!.args, escape).map((a) => [a.name, a.value])).toEqual([
      ['A', '1'],
      ['B', 'two words'],
    ]);
  });

  it('reads the legacy ENV form and names as Docker does', () => {
    expect(dockerfileAssignments('GOTOOLCHAIN go1.22.5+path', '\\')).toEqual([
      { name: 'GOTOOLCHAIN', value: 'go1.22.5+path', index: 0 },
    ]);
    expect(dockerfileAssignments('xGOFLAGS=1 go_proxy=2', '\\').map((a) => a.name)).toEqual(['xGOFLAGS', 'go_proxy']);
    expect(dockerfileAssignments('', '\\')).toEqual([]);
    expect(dockerfileAssignments('9A=1', '\\')).toEqual([]);
  });
});
