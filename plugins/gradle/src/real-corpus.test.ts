/** The gradle plugin on real public checkouts (../shared/corpus/real/gradle), hand-checked facts. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { gradle } from './index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real', 'gradle');
const run = async (name: string) => scan(new DirectorySource(join(real, name)), { plugins: [gradle] });

describe.skipIf(!existsSync(real))('gradle plugin on real checkouts', () => {
  it('nowinandroid: wrapper with distributionSha256Sum, nothing to report', async () => {
    const r = await run('android__nowinandroid');
    expect(r.findings).toEqual([]);
    expect(r.files.some((f) => f.path.endsWith('gradle-wrapper.properties') && f.status === 'parsed')).toBe(true);
  });

  it('jabref: the wrapper has no distributionSha256Sum', async () => {
    const r = await run('JabRef__jabref');
    expect(r.findings.map((f) => `${f.check} ${f.location.path}`)).toEqual(['gradle/wrapper-missing-sha256 gradle/wrapper/gradle-wrapper.properties']);
  });

  it('Auditor: sha512 verification metadata with verify-metadata true is not weakened', async () => {
    const r = await run('GrapheneOS__Auditor');
    expect(r.findings).toEqual([]);
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
  });

  it('kotlin-bip39: every gradle.lockfile coordinate is in the inventory', async () => {
    const r = await run('Electric-Coin-Company__kotlin-bip39');
    const files = [...new Set(r.inventory.packages.map((p) => p.file))];
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const lines = readFileSync(join(real, 'Electric-Coin-Company__kotlin-bip39', file), 'utf8').split('\n').filter((l) => /^[^#:=\s]+:[^:=\s]+:[^:=\s]+=/.test(l));
      expect(r.inventory.packages.filter((p) => p.file === file)).toHaveLength(lines.length);
    }
    expect(r.inventory.packages.every((p) => p.installScripts === false)).toBe(true);
  });
});
