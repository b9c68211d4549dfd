/**
 * Hostile sizes and budgets (#20 class 3): each input a whole scan completes on, with the findings
 * it must have (or the budget finding that says what was not read), in time that grows linearly —
 * 4x the input at most ~4x the time (median of a few runs, generous bound, never absolute ms).
 */
import { describe, expect, it } from 'vitest';
import { MemorySource, scan, type Limits, type ScanResult } from '@inert/core';
import { looksLinear, measureGrowth } from '@inert/core/testing';
import { PLUGINS } from '../packages/cli/src/plugins.js';

type Files = Record<string, string>;

async function run(files: Files, limits?: Partial<Limits>): Promise<ScanResult> {
  return scan(new MemorySource({ files }), { plugins: PLUGINS, ...(limits ? { config: { limits } } : {}) });
}

/** `check messageId path:line`, sorted. */
function found(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.check} ${f.messageId} ${f.location.path}:${f.location.line}`).sort();
}

const TOKEN = '//registry.npmjs.org/:_authToken=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';

describe('budgets from the limits object reach every structured-data reader', () => {
  const files: Files = {
    'package.json': '{"name":"x","a":[[[[[1]]]]]}',
    'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n[a]\nb = [[[[[1]]]]]\n',
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\nx: &a 1\ny: [*a, *a, *a]\n",
    '.github/workflows/a.yml':
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        with: {a: {b: {c: {d: {e: 1}}}}}\n',
  };

  it('lowered maxNesting and maxAliases: each file is a core/unparsed-file limit finding', async () => {
    expect(found(await run(files, { maxNesting: 4, maxAliases: 2 }))).toEqual([
      'core/unparsed-file limit .github/workflows/a.yml:1',
      'core/unparsed-file limit Cargo.toml:5',
      'core/unparsed-file limit package.json:1',
      'core/unparsed-file limit pnpm-lock.yaml:1',
    ]);
  });

  it("maxTotalBytes: the file that would pass the scan's total is a limit finding", async () => {
    const result = await run(
      { 'package.json': '{"name":"x"}', 'requirements.txt': `${'requests==2.0.0\n'.repeat(100)}` },
      { maxTotalBytes: 200 },
    );
    expect(found(result)).toContain('core/unparsed-file limit requirements.txt:1');
    expect(result.findings.find((f) => f.check === 'core/unparsed-file')!.message).toMatch(/maxTotalBytes/);
  });

  it('a requirements file over 200,000 lines is a limit finding', async () => {
    const result = await run({ 'requirements.txt': 'requests==2.0.0\n'.repeat(200_001) });
    expect(found(result)).toEqual(['core/unparsed-file limit requirements.txt:1']);
  });

  it('the default limits read the same files', async () => {
    expect(found(await run(files)).filter((f) => f.startsWith('core/unparsed-file'))).toEqual([]);
  });
});

describe('alias and nesting bombs are refused as budget findings', () => {
  it('a billion-laughs pnpm-lock.yaml', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    const result = await run({
      'package.json': '{"name":"x"}',
      'pnpm-lock.yaml': `lockfileVersion: '9.0'\n${levels.join('\n')}\n`,
    });
    expect(found(result)).toEqual(['core/unparsed-file limit pnpm-lock.yaml:1']);
    expect(result.findings[0]!.message).toMatch(/alias/);
  });

  it('block collections nested 100,000 deep (`- - - … x`) in a workflow, linear in the depth', async () => {
    const workflow = (n: number) => `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      ${'- '.repeat(n)}x\n`;
    const result = await run({ '.github/workflows/a.yml': workflow(100_000) });
    expect(found(result)).toEqual(['core/unparsed-file limit .github/workflows/a.yml:1']);
    expect(result.findings[0]!.message).toMatch(/maxNesting/);
  });

  it('100,000-deep JSON nesting in package.json', async () => {
    const result = await run({ 'package.json': `{"name":"x","deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    expect(found(result)).toEqual(['core/unparsed-file limit package.json:1']);
    expect(result.findings[0]!.message).toMatch(/100001 levels deep.*maxNesting/);
  });
});

describe('a workspaces glob with 30 nested brace groups', () => {
  const nested = (n: number) => `${'{a,'.repeat(n)}b${'}'.repeat(n)}`;
  const files = (n: number): Files => ({
    'package.json': JSON.stringify({ name: 'x', workspaces: ['packages/*', nested(n)] }),
    '.npmrc': TOKEN,
    'packages/a/package.json': '{"name":"a","scripts":{"postinstall":"node x"}}',
  });

  it("is a finding for its package.json, and the token and the member's hook are still reported", async () => {
    const result = await run(files(30));
    expect(found(result)).toEqual([
      'core/unparsed-file limit package.json:1',
      'npm/auth-token-committed npmToken .npmrc:1',
      'npm/root-install-scripts hook packages/a/package.json:1',
    ]);
    expect(result.findings.find((f) => f.check === 'core/unparsed-file')!.message).toMatch(
      /workspace glob 2 .*30 brace groups/,
    );
  });

  it('time grows linearly with the nesting', async () => {
    const growth = await measureGrowth((n) => run(files(n)), 1_000, { runs: 3 });
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  });
});

describe('hostile sizes complete with their findings, in linear time', () => {
  it('20 MB of NULs in requirements.txt: one requirement with an invalid name, its message clipped', async () => {
    const result = await run({ 'requirements.txt': '\0'.repeat(20 * 1024 * 1024) });
    expect(found(result)).toEqual([
      'pip/name-collision invalidName requirements.txt:1',
      'pip/unpinned-requirement unpinned requirements.txt:1',
    ]);
    for (const f of result.findings) expect(f.message.length).toBeLessThan(1_000);
    // The package name too: 20 MB in each finding was 250 MB of escaped JSON.
    for (const f of result.findings) expect(f.package!.name).toBe(`${'\0'.repeat(200)}… (20971520 characters)`);
    const growth = await measureGrowth((mb) => run({ 'requirements.txt': '\0'.repeat(mb * 1024 * 1024) }), 1, {
      runs: 3,
    });
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  }, 120_000);

  const workspaces = (n: number): Files => {
    const files: Files = {
      'package.json': JSON.stringify({ name: 'x', workspaces: Array.from({ length: n }, (_, i) => `packages/p${i}`) }),
      'package-lock.json': JSON.stringify({ name: 'x', lockfileVersion: 3, packages: { '': { name: 'x' } } }),
    };
    for (let i = 0; i < 100; i++)
      files[`packages/p${i}/package.json`] = JSON.stringify({
        name: `p${i}`,
        version: '1.0.0',
        scripts: i === 7 ? { install: 'node-gyp rebuild' } : {},
      });
    return files;
  };

  it('a package.json with 20,000 workspaces members', async () => {
    expect(found(await run(workspaces(20_000)))).toEqual([
      'npm/root-install-scripts bindingBuild packages/p7/package.json:1',
    ]);
    const growth = await measureGrowth((n) => run(workspaces(n)), 5_000, { runs: 3 });
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  }, 120_000);

  const lock = (n: number): Files => {
    const dependencies: Record<string, string> = {};
    const packages: Record<string, unknown> = { '': { name: 'x', dependencies } };
    for (let i = 0; i < n; i++) {
      dependencies[`d${i}`] = '1.0.0';
      packages[`node_modules/d${i}`] = {
        version: '1.0.0',
        resolved: `https://registry.npmjs.org/d${i}/-/d${i}-1.0.0.tgz`,
        integrity: `sha512-${'A'.repeat(86)}==`,
      };
    }
    packages['node_modules/d3'] = { version: '1.0.0', resolved: 'git+ssh://git@github.com/a/d3.git' };
    return {
      'package.json': JSON.stringify({ name: 'x', dependencies }),
      'package-lock.json': JSON.stringify({ name: 'x', lockfileVersion: 3, packages }, null, 2),
    };
  };

  it('a package-lock with 100,000 dependencies', async () => {
    const files = lock(100_000);
    const result = await run(files);
    const gitLine = files['package-lock.json']!.split('\n').findIndex((l) => l.includes('git+ssh')) + 1;
    expect(found(result)).toEqual([`npm/git-dependency-unpinned lock package-lock.json:${gitLine}`]);
    const growth = await measureGrowth((n) => run(lock(n)), 5_000, { runs: 3 });
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  }, 180_000);

  const setupPy = (n: number) =>
    `import os\nfrom setuptools import setup\n${'os.system('.repeat(n)}"x"${')'.repeat(n)}\nsetup(name="x")\n`;

  it('setup.py with os.system( nested 2,000 deep', async () => {
    const result = await run({ 'setup.py': setupPy(2_000) });
    // 1,000 calls are findings; the other 1,000 are one limit finding (an attacker-sized output otherwise).
    expect(found(result).filter((f) => !f.startsWith('pip/setup-py-dangerous-call process setup.py:3'))).toEqual([
      'core/unparsed-file limit setup.py:3',
      'pip/setup-py legacy setup.py:4',
    ]);
    expect(result.findings.filter((f) => f.check === 'pip/setup-py-dangerous-call')).toHaveLength(1_000);
    expect(result.incomplete).toBeDefined();
    const growth = await measureGrowth((n) => run({ 'setup.py': setupPy(n) }), 500, { runs: 3 });
    expect(looksLinear(growth), JSON.stringify(growth)).toBe(true);
  }, 120_000);
});
