import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, MemorySource, scan } from '@inert/core';
import { ci } from '@inert/plugin-ci';
import { npm } from '@inert/plugin-npm';
import { PLUGINS } from './plugins.js';

describe('yarn install judged in the project directory it runs in (#26)', () => {
  const files = {
    'package.json': '{"name":"root","private":true}',
    'yarn.lock':
      '# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#5b8a3a7765dfe001261dde915589e782f8c94d1e"\n',
    'web/package.json': '{"name":"web","packageManager":"yarn@4.17.0"}',
    'web/yarn.lock': '__metadata:\n  version: 10\n  cacheKey: 10\n',
    'web/.yarnrc.yml': 'nodeLinker: node-modules\n',
    '.github/workflows/ci.yml': [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: yarn install',
      '      - run: yarn install',
      '        working-directory: web',
      '      - run: cd web/src && yarn install',
      '      - run: yarn install',
      '        working-directory: ${{ matrix.dir }}',
      '',
    ].join('\n'),
  };

  it('reads the context of the directory each command runs in (working-directory, cd), through the scan', async () => {
    // ci listed first: the scan loads npm (which prepares the context) before it anyway.
    const result = await scan(new MemorySource({ files }, '/repo'), { plugins: [ci, npm] });
    const yarn = result.inventory.commands.filter((c) => c.command.startsWith('yarn') || c.command.startsWith('cd'));
    expect(yarn.map((c) => [c.line, c.classification])).toEqual([
      [6, 'lax'],
      [7, 'strict'],
      [9, 'strict'],
      [10, 'unknown'],
    ]);
  });
});

const babel = resolve(
  fileURLToPath(new URL('../../../', import.meta.url)),
  process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real',
  'npm/babel__babel',
);

describe.skipIf(!existsSync(babel) && process.env.INERT_REQUIRE_REAL_CORPUS !== '1')('babel/babel (Yarn 4.17)', () => {
  it('reports only the CI installs that turn immutability off (YARN_ENABLE_IMMUTABLE_INSTALLS: false)', async () => {
    const result = await scan(new DirectorySource(babel), { plugins: PLUGINS });
    const installs = result.inventory.commands.filter((c) => /^yarn(?: install)?$/.test(c.command));
    expect(installs.length).toBeGreaterThan(10);
    const lax = result.findings.filter((f) => f.check === 'ci/lax-install' && /`yarn install`/.test(f.message));
    expect(lax.map((f) => f.message.includes('YARN_ENABLE_IMMUTABLE_INSTALLS=false'))).toEqual([true, true]);
    expect(installs.filter((c) => c.classification === 'strict').length).toBe(installs.length - lax.length);
  });
});
