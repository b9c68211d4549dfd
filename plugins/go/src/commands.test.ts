import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const run = (line: string, env: Record<string, string> = {}) => {
  const command: ShellCommand = { argv: line.split(' '), env, text: line, file: 'ci.yml', line: 1, column: 1 };
  return commands[0]!.classify(command);
};

describe('go command rules', () => {
  it.each([
    ['go install golang.org/x/tools/gopls@latest', 'adhoc'],
    ['go install golang.org/x/tools/gopls@master', 'adhoc'],
    ['go install golang.org/x/tools/gopls@v0.16.1', 'strict'],
    ['go get github.com/x/y@v1.2.3', 'lax'],
    ['go mod download', 'strict'],
    ['go mod tidy', 'lax'],
    ['go mod tidy -diff', 'strict'],
    ['go mod tidy --diff=true', 'strict'],
    ['go mod tidy -v', 'lax'],
    ['go build ./...', 'strict'],
    ['go test -mod=mod ./...', 'lax'],
    ['go install ./cmd/tool', 'strict'],
  ])('%s → %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });

  it('reads GOFLAGS=-mod=mod from the environment', () => {
    expect(run('go build ./...', { GOFLAGS: '-mod=mod -trimpath' })?.classification).toBe('lax');
  });

  it('ignores commands that do not touch modules', () => {
    expect(run('go version')).toBeUndefined();
    expect(run('go env')).toBeUndefined();
  });
});

describe('go run of a remote module (#21)', () => {
  it.each([
    ['go run golang.org/x/vuln/cmd/govulncheck@latest ./...', 'adhoc'],
    ['go run golang.org/x/vuln/cmd/govulncheck@v1.1.3 ./...', 'strict'],
    ['go run ./cmd/gen', 'strict'],
  ])('%s is %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });
});
