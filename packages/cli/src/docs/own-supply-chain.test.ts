import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PLUGINS } from '../plugins.js';
import { ownSupplyChainPage } from './own-supply-chain.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('docs/own-supply-chain.md', () => {
  it('is what a scan of inert\u2019s own checkout says (run `pnpm run docs` after changing the lock, CI, pnpm settings or grammars)', async () => {
    const page = await ownSupplyChainPage(root, PLUGINS);
    expect(page).toContain('all are refused (`false`)');
    expect(await readFile(join(root, 'docs/own-supply-chain.md'), 'utf8')).toBe(page);
  }, 60_000);

  describe('on a checkout that lets dependencies build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inert-own-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'packages/syntax/grammars'), { recursive: true });
    await mkdir(join(dir, '.ci'));
    await writeFile(join(dir, 'inert.config.json'), '{}');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'x', private: true, packageManager: 'pnpm@10.0.0', scripts: { postinstall: 'node fetch.js' }, dependencies: { yaml: '^2.0.0' } }));
    await writeFile(join(dir, 'pnpm-workspace.yaml'), "packages:\n  - packages/*\nallowBuilds:\n  esbuild: true\n  sharp: false\n");
    await writeFile(join(dir, '.ci/run'), 'npm install\nnpm test\n');
    await writeFile(join(dir, 'packages/syntax/grammars/SHA256SUMS'), `${'0'.repeat(64)}  python.wasm\n`);
    await writeFile(join(dir, 'packages/syntax/grammars/python.wasm'), 'not the committed grammar');
    const page = await ownSupplyChainPage(dir, PLUGINS);

    it('says which builds run and that strictDepBuilds is off', () => {
      expect(page).toContain('`esbuild` may run it');
      expect(page).toContain('`strictDepBuilds` is not set');
      expect(page).toContain('`package.json` postinstall');
    });

    it('says what is missing or unpinned', () => {
      expect(page).toContain('No pnpm-lock.yaml in the checkout.');
      expect(page).toContain('a command that may change the lock: `npm install`');
      expect(page).toContain('but not by hash');
      expect(page).toContain('Grammars that do not match packages/syntax/grammars/SHA256SUMS: `python.wasm`');
    });
  });
});
