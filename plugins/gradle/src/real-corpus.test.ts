/** The gradle plugin on real public checkouts (../shared/corpus/real/gradle), hand-checked facts. https://docs.gradle.org/current/userguide/gradle_wrapper.html */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { gradle } from './index.js';
import { load } from './load/index.js';
import { property } from './load/properties.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real', 'gradle');
const run = async (name: string) => scan(new DirectorySource(join(real, name)), { plugins: [gradle] });
/** The model for a few files of a checkout, read through the plugin's own loader. */
const model = async (name: string, paths: string[]) =>
  load(
    paths.filter((p) => existsSync(join(real, name, p))).map((path) => ({ path, kind: 'lockfile' as const })),
    (p) => Promise.resolve(readFileSync(join(real, name, p), 'utf8')),
  );
const WRAPPER = 'gradle/wrapper/gradle-wrapper.properties';

describe.skipIf(!existsSync(real))('gradle wrappers and verification metadata on real checkouts', () => {
  it.each([
    ['android__nowinandroid', true],
    ['JabRef__jabref', false],
    ['GrapheneOS__Auditor', true],
    ['Electric-Coin-Company__kotlin-bip39', true],
  ])('%s: distributionSha256Sum present = %s', async (name, present) => {
    const m = await model(name, [WRAPPER]);
    expect(m.wrappers).toHaveLength(1);
    expect(property(m.wrappers[0]!, 'distributionUrl')?.value).toMatch(/^https:\/\/services\.gradle\.org\//);
    expect(Boolean(property(m.wrappers[0]!, 'distributionSha256Sum')?.value)).toBe(present);
  });

  it('Auditor: every component of verification-metadata.xml is read with a strong checksum', async () => {
    const text = readFileSync(join(real, 'GrapheneOS__Auditor', 'gradle/verification-metadata.xml'), 'utf8');
    const m = await model('GrapheneOS__Auditor', ['gradle/verification-metadata.xml']);
    expect(m.problems).toEqual([]);
    const v = m.verification[0]!;
    expect(v.components.size).toBe((text.match(/<component\s/g) ?? []).length);
    expect(v.components.size).toBeGreaterThan(500);
    expect(v.verifyMetadata?.value).toBe(true);
    expect(v.broadTrust).toEqual([]);
  });

  it('nowinandroid: the version catalog is read (libraries and plugins with resolved version refs)', async () => {
    const m = await model('android__nowinandroid', ['gradle/libs.versions.toml']);
    expect(m.problems).toEqual([]);
    const c = m.catalogs[0]!;
    expect(c.libraries.length).toBeGreaterThan(50);
    expect(c.plugins.length).toBeGreaterThan(5);
    expect(c.libraries.find((l) => l.name === 'accompanist-permissions')).toMatchObject({
      group: 'com.google.accompanist',
      version: '0.37.0',
      line: 72,
    });
  });
});

describe.skipIf(!existsSync(real))('gradle plugin on real checkouts', () => {
  it('nowinandroid: wrapper with distributionSha256Sum, nothing to report', async () => {
    const r = await run('android__nowinandroid');
    expect(r.findings).toEqual([]);
    expect(r.files.some((f) => f.path.endsWith('gradle-wrapper.properties') && f.status === 'parsed')).toBe(true);
  });

  it('jabref: the wrapper has no distributionSha256Sum', async () => {
    const r = await run('JabRef__jabref');
    expect(r.findings.map((f) => `${f.check} ${f.location.path}`)).toEqual([
      'gradle/wrapper-missing-sha256 gradle/wrapper/gradle-wrapper.properties',
    ]);
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
      const lines = readFileSync(join(real, 'Electric-Coin-Company__kotlin-bip39', file), 'utf8')
        .split('\n')
        .filter((l) => /^[^#:=\s]+:[^:=\s]+:[^:=\s]+=/.test(l));
      expect(r.inventory.packages.filter((p) => p.file === file)).toHaveLength(lines.length);
    }
    expect(r.inventory.packages.every((p) => p.installScripts === false)).toBe(true);
  });
});
