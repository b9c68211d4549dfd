/** Every plugin on every real public checkout in ../shared/corpus/real: no crash, no internal error. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const checkouts = existsSync(real)
  ? readdirSync(real, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((eco) => readdirSync(join(real, eco.name)).map((r) => `${eco.name}/${r}`))
  : [];

describe.skipIf(checkouts.length === 0)('real corpus, all plugins', () => {
  it.each(checkouts)('%s scans without an internal error', async (checkout) => {
    const result = await scan(new DirectorySource(join(real, checkout)), { plugins: PLUGINS });
    const internal = result.findings.filter((f) => /please report this/.test(f.message));
    expect(internal.map((f) => f.message)).toEqual([]);
  });

  it('mattermost desktop: every hasInstallScript lock entry is in the inventory with installScripts true', async () => {
    const dir = join(real, 'npm/mattermost__desktop');
    const { readFile } = await import('node:fs/promises');
    const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const flagged = Object.entries(lock.packages).filter(([k, v]) => k !== '' && v.hasInstallScript).length;
    const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
    const inv = result.inventory.packages.filter((p) => p.file === 'package-lock.json');
    expect(inv).toHaveLength(Object.keys(lock.packages).length - 1);
    expect(inv.filter((p) => p.installScripts === true)).toHaveLength(flagged);
    expect(flagged).toBeGreaterThanOrEqual(7);
  });
});
