/** Unit tests of the cargo command rules on argv arrays. https://doc.rust-lang.org/cargo/commands/ */
import { describe, expect, it } from 'vitest';
import type { ActionStep, ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const rule = commands[0]!;
const run = (argv: string[], env: Record<string, string> = {}, idToken = false) =>
  rule.classify({
    argv,
    env,
    text: argv.join(' '),
    file: 'ci.yml',
    line: 1,
    column: 1,
    idToken,
  } satisfies ShellCommand);

describe('cargo command rules', () => {
  it.each([
    [['cargo', 'build', '--release'], 'build', 'lax'],
    [['cargo', 'build', '--locked', '--release'], 'build', 'strict'],
    [['cargo', '+nightly', 'test', '--frozen'], 'build', 'strict'],
    [['cargo', '--locked', 'check', '--workspace'], 'build', 'strict'],
    // Offline builds download nothing: local, not lax (#21), though the lock may be rewritten from the cache.
    [['cargo', '--config', 'net.offline=true', 'clippy'], 'build', 'local'],
    [['cargo', 'run', '--offline'], 'build', 'local'],
    [['cargo', 'nextest', 'run', '--locked'], 'build', 'strict'],
    [['cargo', 'fetch', '--locked'], 'install', 'strict'],
    [['cargo', 'fetch'], 'install', 'lax'],
    [['cargo', 'update'], 'install', 'lax'],
    [['cargo', 'generate-lockfile'], 'install', 'lax'],
    [['cargo', 'install', 'cargo-deny'], 'install', 'adhoc'],
    [['cargo', 'install', '--locked', 'cargo-deny'], 'install', 'adhoc'],
    [['cargo', 'install', 'cargo-deny', '--version', '0.16.1'], 'install', 'lax'],
    [['cargo', 'install', 'cargo-deny@0.16.1', '--locked'], 'install', 'strict'],
    [['cargo', 'install', '--locked', '--version=0.16.1', 'cargo-deny'], 'install', 'strict'],
    [['cargo', 'install', '--git', 'https://github.com/x/y'], 'install', 'adhoc'],
    [['cargo', 'install', '--git', 'https://github.com/x/y', '--rev', 'abc123', '--locked'], 'install', 'strict'],
    [['cargo', 'install', '--path', '.', '--locked'], 'build', 'strict'],
    [['cargo', 'install', '--path', '.'], 'build', 'lax'],
    [['cargo', 'binstall', 'cargo-nextest'], 'install', 'adhoc'],
    [['/usr/local/bin/cargo', 'test'], 'build', 'lax'],
  ])('%j → %s %s', (argv, action, classification) => {
    expect(run(argv)).toMatchObject({ action, classification });
  });

  it('tells a stored token from trusted publishing', () => {
    expect(run(['cargo', 'publish'], { CARGO_REGISTRY_TOKEN: '${{ secrets.CRATES_TOKEN }}' })).toMatchObject({
      action: 'publish',
      auth: 'token',
    });
    expect(run(['cargo', 'publish', '--token', '${{ secrets.CRATES_TOKEN }}'])?.auth).toBe('token');
    expect(
      run(['cargo', 'publish', '--registry', 'corp'], { CARGO_REGISTRIES_CORP_TOKEN: '${{ secrets.CORP }}' })?.auth,
    ).toBe('token');
    expect(run(['cargo', 'publish'], { CARGO_REGISTRY_TOKEN: '${{ steps.auth.outputs.token }}' }, true)?.auth).toBe(
      'oidc',
    );
    expect(run(['cargo', 'publish'])?.auth).toBe('none-visible');
  });

  it('classifies the crates.io trusted publishing action', () => {
    const step: ActionStep = {
      uses: 'rust-lang/crates-io-auth-action@v1',
      with: {},
      env: {},
      file: 'release.yml',
      line: 9,
      column: 7,
      idToken: true,
    };
    expect(rule.actions).toEqual(['rust-lang/crates-io-auth-action']);
    expect(rule.classifyAction?.(step)).toMatchObject({ auth: 'oidc' });
    expect(rule.classifyAction?.({ ...step, idToken: false })).toMatchObject({ auth: 'none-visible' });
  });

  it('ignores commands that neither resolve nor publish', () => {
    expect(run(['cargo', 'fmt', '--check'])).toBeUndefined();
    expect(run(['cargo', '--version'])).toBeUndefined();
    expect(run(['cargo'])).toBeUndefined();
  });
});

describe('offline builds are never lax (#21)', () => {
  it('cargo build --offline downloads nothing', () => {
    expect(run(['cargo', 'build', '--offline'])?.classification).toBe('local');
    expect(run(['cargo', 'build', '--target=${{ matrix.target }}'])?.classification).toBe('lax');
  });
});
