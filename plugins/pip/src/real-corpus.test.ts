import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan, type ScanResult } from '@inert/core';
import { pip } from './index.js';

const root = process.env.INERT_REAL_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));
const python = `${root}/python`;

async function run(repo: string): Promise<ScanResult> {
  return scan(new DirectorySource(`${python}/${repo}`), { plugins: [pip] });
}
const ids = (r: ScanResult, check: string) => r.findings.filter((f) => f.check === check);

describe.skipIf(!existsSync(python))('real corpus: python', () => {
  it('pypa/warehouse: hashed pip-compile output gives no requirements-without-hashes; dev.txt ranges are unpinned', async () => {
    const r = await run('pypa__warehouse');
    expect(ids(r, 'pip/requirements-without-hashes')).toEqual([]);
    // dev.txt (4 lines) and ipython.txt (12 lines) are hand-written ranges, installed directly.
    const unpinned = ids(r, 'pip/unpinned-requirement').map((f) => f.location.path);
    expect(unpinned.filter((p) => p === 'requirements/dev.txt')).toHaveLength(4);
    expect(unpinned.filter((p) => p === 'requirements/ipython.txt')).toHaveLength(12);
    expect(unpinned).toHaveLength(16);
    expect(r.findings.filter((f) => f.check === 'core/unparsed-file')).toEqual([]);
    const pinned = r.inventory.packages.filter((p) => p.file === 'requirements/main.txt');
    expect(pinned.length).toBeGreaterThan(50);
    expect(pinned.every((p) => p.integrity === 'sha256')).toBe(true);
  });

  it('pypa/pipenv: every Pipfile.lock package is in the inventory with hashes', async () => {
    const r = await run('pypa__pipenv');
    const lock = r.inventory.packages.filter((p) => p.file === 'Pipfile.lock');
    expect(lock.length).toBeGreaterThan(10);
    expect(lock.every((p) => p.integrity === 'sha256' && p.installScripts === null)).toBe(true);
    expect(ids(r, 'pip/lock-entry-without-hash')).toEqual([]);
    expect(r.findings.filter((f) => f.check.startsWith('core/'))).toEqual([]);
  });

  it('pdm-project/pdm: pdm.lock inventory, no hash gaps', async () => {
    const r = await run('pdm-project__pdm');
    const lock = r.inventory.packages.filter((p) => p.file === 'pdm.lock');
    expect(lock.length).toBeGreaterThan(50);
    expect(ids(r, 'pip/lock-entry-without-hash')).toEqual([]);
    expect(r.findings.filter((f) => f.check.startsWith('core/'))).toEqual([]);
  });

  it('Chia-Network/chia-blockchain: the supplemental Poetry source is reported; every poetry.lock package is inventoried', async () => {
    const r = await run('Chia-Network__chia-blockchain');
    expect(ids(r, 'pip/index-not-explicit').map((f) => `${f.location.path}:${f.location.line}:${f.messageId}`)).toEqual(
      ['pyproject.toml:37:poetrySource'],
    );
    const lock = r.inventory.packages.filter((p) => p.file === 'poetry.lock');
    expect(lock.length).toBeGreaterThan(100);
    expect(lock.filter((p) => p.source.url === 'https://pypi.chia.net/simple').length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.check.startsWith('core/'))).toEqual([]);
  });

  it('PrimeIntellect-ai/prime-rl: uv.lock inventory including URL wheels; no crash', async () => {
    const r = await run('PrimeIntellect-ai__prime-rl');
    const lock = r.inventory.packages.filter((p) => p.file === 'uv.lock');
    expect(lock.length).toBeGreaterThan(300);
    expect(lock.some((p) => p.source.kind === 'url')).toBe(true);
    // Short commit ids in [tool.uv.sources] git entries (uv.lock pins the full commit, hence low); URL wheels are hashed in uv.lock.
    expect(
      ids(r, 'pip/direct-url-dependency').map((f) => `${f.location.line}:${f.package?.name}:${f.severity}`),
    ).toEqual(['216:torchtitan:low', '218:dion:low', '219:flash-attn-4:low', '241:flash-linear-attention:low']);
    expect(r.findings.filter((f) => f.check.startsWith('core/'))).toEqual([]);
  });

  it('pypa/flit: flit_core builds itself from the tree (backend-path = ["."])', async () => {
    const r = await run('pypa__flit');
    expect(ids(r, 'pip/in-tree-build-backend').map((f) => `${f.location.path}:${f.location.line}`)).toEqual([
      'flit_core/pyproject.toml:4',
    ]);
  });

  it('every --index-url / --extra-index-url line in the corpus is reported at its line', async () => {
    // The python corpus has none today (verified with grep); the check is exercised by corpus/pip cases.
    for (const repo of ['pypa__warehouse', 'pypa__pipenv', 'pypa__flit']) {
      const r = await run(repo);
      expect(ids(r, 'pip/extra-index-url')).toEqual([]);
    }
  });
});
