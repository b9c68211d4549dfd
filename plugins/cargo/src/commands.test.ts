import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const run = (line: string, env: Record<string, string> = {}, idToken = false) =>
  commands[0]!.classify({ argv: line.split(' '), env, text: line, file: 'ci.yml', line: 1, column: 1, idToken } satisfies ShellCommand);

describe('cargo command rules', () => {
  it.each([
    ['cargo build --release', 'lax'],
    ['cargo build --locked --release', 'strict'],
    ['cargo +nightly test --frozen', 'strict'],
    ['cargo install cargo-deny', 'adhoc'],
    ['cargo install cargo-deny --version 0.16.1', 'adhoc'],
    ['cargo install cargo-deny --locked --version 0.16.1', 'strict'],
    ['cargo install --path . --locked', 'strict'],
    ['cargo update', 'lax'],
  ])('%s → %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });

  it('tells a stored token from trusted publishing', () => {
    expect(run('cargo publish', { CARGO_REGISTRY_TOKEN: '${{ secrets.CRATES_TOKEN }}' })?.auth).toBe('token');
    expect(run('cargo publish', { CARGO_REGISTRY_TOKEN: '${{ steps.auth.outputs.token }}' }, true)?.auth).toBe('oidc');
    expect(run('cargo publish')?.auth).toBe('none-visible');
  });

  it('ignores unrelated cargo commands', () => {
    expect(run('cargo fmt --check')).toBeUndefined();
  });
});
