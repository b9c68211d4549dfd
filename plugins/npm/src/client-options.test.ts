import { describe, expect, it } from 'vitest';
import { expectLinear } from '@inert/testing';
import { readPnpmArgs } from './pnpm-options.js';
import { readYarnArgs } from './yarn-options.js';

const pnpm = (line: string) => readPnpmArgs(line.split(' '));
const yarn = (line: string) => readYarnArgs(line.split(' '));

describe("pnpm's command line as pnpm 10.34.5 and 11.22.0 read it (parse-cli-args, @pnpm/nopt)", () => {
  it('gives an option with a value its next word, before the command or after it', () => {
    expect(pnpm('pnpm --filter web install')).toMatchObject({ command: 'install', params: [] });
    expect(pnpm('pnpm install --filter web')).toMatchObject({ command: 'install', params: [] });
    expect(pnpm('pnpm -C packages/app install --frozen-lockfile')).toMatchObject({ command: 'install', params: [] });
    expect(pnpm('pnpm -C packages/app install').options.get('dir')).toBe('packages/app');
    expect(pnpm('pnpm install --filter=./docs --reporter append-only --store-dir .pnpm-store').params).toEqual([]);
    expect(pnpm('pnpm -F web -F api install').command).toBe('install');
  });

  it('reads `install` with packages as `add`, and `recursive` before the command', () => {
    expect(pnpm('pnpm install left-pad')).toMatchObject({ command: 'add', params: ['left-pad'] });
    expect(pnpm('pnpm i --save-dev left-pad')).toMatchObject({ command: 'add', params: ['left-pad'] });
    expect(pnpm('pnpm recursive install')).toMatchObject({ command: 'install', params: [] });
    expect(pnpm('pnpm -r --filter ./packages/app... install')).toMatchObject({ command: 'install', params: [] });
    expect(pnpm('pnpm up --latest')).toMatchObject({ command: 'update' });
  });

  it('reads `--x=false` and `--no-x` as the Boolean false', () => {
    expect(pnpm('pnpm install --ignore-scripts --frozen-lockfile=false').options.get('frozen-lockfile')).toBe(false);
    expect(pnpm('pnpm install --no-frozen-lockfile').options.get('frozen-lockfile')).toBe(false);
    expect(pnpm('pnpm install --frozen-lockfile false').params).toEqual([]);
  });

  it('stops reading options at exec, create and test, and at the package dlx runs', () => {
    expect(pnpm('pnpm --filter web exec tsc --filter x')).toMatchObject({
      command: 'exec',
      params: ['tsc', '--filter', 'x'],
    });
    expect(pnpm('pnpm dlx create-vite --template react')).toMatchObject({
      command: 'dlx',
      params: ['create-vite', '--template', 'react'],
    });
  });

  it('reports an option no release knows when a word follows it, and not the options pnpm accepts unknown', () => {
    expect(pnpm('pnpm install --frobnicate web').unknown).toEqual([{ name: 'frobnicate', next: 'web' }]);
    expect(pnpm('pnpm install --frobnicate --frozen-lockfile').unknown).toEqual([{ name: 'frobnicate' }]);
    expect(pnpm('pnpm install --config.node-linker=hoisted').unknown).toEqual([]);
    expect(pnpm('pnpm install --@acme:registry=https://npm.acme.example').unknown).toEqual([]);
  });

  it('is linear in a long argv and a long shorthand group', () => {
    const argv = (n: number) => ['pnpm', 'install', ...Array.from({ length: n }, (_, i) => `--filter=p${i}`)];
    expect(readPnpmArgs(argv(20_000)).params).toEqual([]);
    expectLinear(readPnpmArgs, argv, { start: 1024, maxSize: 1 << 14 });
    expect(readPnpmArgs(['pnpm', 'install', `-${'g'.repeat(100_000)}`]).options.get('global')).toBe(true);
  });
});

describe("Yarn's command line (Yarn classic 1.22.22 on commander 2.16.0; Yarn berry's --cwd)", () => {
  it('binds the word after a global option with a value before the command', () => {
    expect(yarn('yarn --mutex network install')).toMatchObject({ command: 'install', args: [] });
    expect(yarn('yarn --cwd web install --frozen-lockfile')).toMatchObject({ command: 'install', cwd: 'web' });
    expect(yarn('yarn --cwd=web add left-pad')).toMatchObject({ command: 'add', args: ['left-pad'], cwd: 'web' });
    expect(yarn('yarn --modules-folder vendor install').command).toBe('install');
    // `--prod [prod]` binds `install` too, as Yarn's index.js does: no command, which is `yarn install`.
    expect(yarn('yarn --prod install').command).toBeUndefined();
    expect(yarn('yarn --immutable-cache').command).toBeUndefined();
  });

  it('gives the options after the command their values', () => {
    expect(yarn('yarn install --frozen-lockfile --network-timeout 600000')).toMatchObject({ args: [] });
    expect(yarn('yarn install --frozen-lockfile --network-timeout 600000').flags.has('--frozen-lockfile')).toBe(true);
    expect(yarn('yarn install --immutable --mode=skip-build')).toMatchObject({ args: [] });
    expect(yarn('yarn install --mode skip-build')).toMatchObject({ args: [] });
    expect(yarn('yarn add -DE left-pad')).toMatchObject({ command: 'add', args: ['left-pad'] });
    expect(yarn('yarn add -DE left-pad').flags.has('-E')).toBe(true);
    expect(yarn('yarn publish --tag next --access public')).toMatchObject({ command: 'publish', args: [] });
  });

  it('reads workspace <name> <command> as that command, and passes the words after run on unread', () => {
    expect(yarn('yarn workspace web add --dev left-pad')).toMatchObject({
      command: 'add',
      args: ['left-pad'],
      workspace: 'web',
    });
    expect(yarn('yarn workspace web npm publish --tag next')).toMatchObject({
      command: 'workspace',
      args: ['web', 'npm', 'publish', '--tag', 'next'],
    });
    expect(yarn('yarn run build --cwd x')).toMatchObject({ command: 'run', args: ['build', '--cwd', 'x'] });
  });

  it('reports an option neither Yarn declares when a word follows it', () => {
    expect(yarn('yarn add --frobnicate left-pad').unknown).toEqual({ name: '--frobnicate', next: 'left-pad' });
    expect(yarn('yarn add --cached left-pad').unknown).toBeUndefined();
  });

  it('is linear in a long argv and in a long chain of workspace <name>', () => {
    const argv = (n: number) => ['yarn', 'install', ...Array.from({ length: n }, () => '--network-timeout=1')];
    expectLinear(readYarnArgs, argv, { start: 1024, maxSize: 1 << 14 });
    const chain = (n: number) => ['yarn', ...Array.from({ length: n }, () => ['workspace', 'w']).flat(), 'add', 'x'];
    expect(readYarnArgs(chain(100_000))).toMatchObject({ command: 'add', args: ['x'], workspace: 'w' });
    expectLinear(readYarnArgs, chain, { start: 1024, maxSize: 1 << 14 });
  });
});
