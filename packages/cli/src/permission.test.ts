/**
 * Defence in depth: the built CLI runs under Node's permission model with read access only to the
 * scanned directory and inert's own install (no writes, no child processes, no workers, no addons),
 * and gives the same findings as an in-process scan.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bundle/bin.js');
const major = Number(process.versions.node.split('.')[0]);
const permissionFlag = major >= 22 ? '--permission' : '--experimental-permission';
const work = mkdtempSync(join(tmpdir(), 'inert-perm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runSandboxed(target: string, extra: string[] = []) {
  const grants = ['packages', 'plugins', 'node_modules'].map((d) => `--allow-fs-read=${join(repo, d)}`);
  return spawnSync(
    process.execPath,
    [
      permissionFlag,
      ...grants,
      `--allow-fs-read=${target}`,
      '--no-warnings',
      bin,
      'scan',
      target,
      '--format',
      'json',
      ...extra,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
}

describe('the built CLI under the permission model', () => {
  it('is built (pnpm test builds first)', () => {
    expect(existsSync(bin), `missing ${bin}: run "pnpm build"`).toBe(true);
  });

  for (const group of ['npm', 'pip', 'cargo', 'go', 'gem', 'gradle', 'ci', 'osv', 'core', 'demo']) {
    it(`scans corpus/${group} read-only with the same findings as in process`, async () => {
      if (!existsSync(join(repo, 'corpus', group))) return;
      const copy = join(work, group);
      cpSync(join(repo, 'corpus', group), copy, { recursive: true, verbatimSymlinks: true });
      const child = runSandboxed(copy);
      expect(child.stderr).toBe('');
      const sandboxed = JSON.parse(child.stdout) as {
        findings: { check: string; location: { path: string; line: number } }[];
      };
      const direct = await scan(new DirectorySource(copy), { plugins: PLUGINS });
      const key = (f: { check: string; location: { path: string; line: number } }) =>
        `${f.check} ${f.location.path}:${f.location.line}`;
      expect(sandboxed.findings.map(key)).toEqual(direct.findings.map(key));
      if (group !== 'osv') expect(sandboxed.findings.length).toBeGreaterThan(0);
    });
  }

  it('the guard works: code that tries to spawn, write or read outside the grants is refused', () => {
    const probe = join(work, 'probe.mjs');
    writeFileSync(
      probe,
      `
      const results = [];
      try { (await import('node:child_process')).execFileSync('/bin/true'); results.push('spawned'); } catch (e) { results.push(e.code); }
      try { (await import('node:fs')).writeFileSync('${join(work, 'written')}', 'x'); results.push('wrote'); } catch (e) { results.push(e.code); }
      try { (await import('node:fs')).readFileSync('/etc/hostname'); results.push('read'); } catch (e) { results.push(e.code); }
      console.log(JSON.stringify(results));
    `,
    );
    const child = spawnSync(process.execPath, [permissionFlag, `--allow-fs-read=${work}`, '--no-warnings', probe], {
      encoding: 'utf8',
    });
    expect(JSON.parse(child.stdout)).toEqual(['ERR_ACCESS_DENIED', 'ERR_ACCESS_DENIED', 'ERR_ACCESS_DENIED']);
  });

  it('cannot write: --output outside the grants fails with exit 2, not a crash', () => {
    const target = join(work, 'npm');
    const child = runSandboxed(target, ['--output', join(work, 'out.json')]);
    expect(child.status).toBe(2);
    expect(existsSync(join(work, 'out.json'))).toBe(false);
  });
});
