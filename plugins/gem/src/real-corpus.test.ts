/** The gem plugin on real public checkouts (../shared/corpus/real/ruby), hand-checked facts. https://bundler.io/man/bundle-lock.1.html */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { gem } from './index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real', 'ruby');
const run = async (name: string) => scan(new DirectorySource(join(real, name)), { plugins: [gem] });
/** Spec lines (4-space indent, `name (version)`) in GEM/GIT/PATH sections. */
const specCount = (file: string) => (readFileSync(file, 'utf8').match(/^ {4}\S+ \([^)]+\)$/gm) ?? []).length;

describe.skipIf(!existsSync(real))('gem plugin on real checkouts', () => {
  it.each(['rails__rails', 'rubygems__rubygems', 'rubygems__rubygems.org', 'diaspora__diaspora'])(
    '%s: every gem file parses, no core findings',
    async (name) => {
      const r = await run(name);
      expect(r.files.filter((f) => f.ecosystem === 'gem' && f.status !== 'parsed').map((f) => f.path)).toEqual([]);
      expect(r.findings.filter((f) => f.check.startsWith('core/'))).toEqual([]);
      expect(r.inventory.packages.every((p) => p.source.url !== undefined)).toBe(true);
    },
  );

  it('rails: every spec (two PATH sections included) is inventoried; path gems have no checksum and are not reported', async () => {
    const r = await run('rails__rails');
    expect(r.inventory.packages.filter((p) => p.file === 'Gemfile.lock')).toHaveLength(
      specCount(join(real, 'rails__rails/Gemfile.lock')),
    );
    expect(
      r.inventory.packages
        .filter((p) => p.file === 'Gemfile.lock' && p.source.kind === 'path')
        .every((p) => p.integrity === null),
    ).toBe(true);
    expect(r.findings.filter((f) => f.check === 'gem/lockfile-checksum-missing-entry')).toEqual([]);
    expect(r.findings.map((f) => `${f.check} ${f.location.path}`).sort()).toEqual([
      'gem/lockfile-no-checksums tools/releaser/Gemfile.lock',
      'gem/native-extension Gemfile.lock',
    ]);
    // ffi is locked as the plain source gem next to its platform binaries (PLATFORMS lists ruby).
    expect(r.findings.find((f) => f.check === 'gem/native-extension')?.message).toContain('ffi 1.17.1');
  });

  it('rubygems.org: two GEM sections (a private server and rubygems.org) are scoped sources, not global ones; all 341 specs checksummed', async () => {
    const r = await run('rubygems__rubygems.org');
    expect(r.inventory.packages).toHaveLength(341);
    expect(r.inventory.packages.every((p) => p.integrity === 'sha256')).toBe(true);
    // The only finding: native gems (nokogiri, pg, ffi …) also locked as source variants that compile.
    expect(r.findings.map((f) => `${f.check} ${f.messageId}`)).toEqual(['gem/native-extension sourceVariant']);
    expect(r.findings[0]?.message).toMatch(/nokogiri .*pg /);
  });

  it('rubygems: tool/bundler/*.rb.lock lockfiles are read; the GIT gems of vendor_gems.rb.lock are not counted as missing checksums', async () => {
    const r = await run('rubygems__rubygems');
    expect(new Set(r.inventory.packages.map((p) => p.file)).size).toBeGreaterThanOrEqual(7);
    for (const file of new Set(r.inventory.packages.map((p) => p.file))) {
      expect(
        r.inventory.packages.filter((p) => p.file === file),
        file,
      ).toHaveLength(specCount(join(real, 'rubygems__rubygems', file)));
    }
    expect(r.files.filter((f) => f.ecosystem === 'gem' && f.status !== 'parsed')).toEqual([]);
    expect(
      r.inventory.packages.filter((p) => p.file.endsWith('vendor_gems.rb.lock') && p.source.kind === 'git').length,
    ).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.check === 'gem/lockfile-checksum-missing-entry')).toEqual([]);
  });

  it('diaspora: a plain single-remote lock without CHECKSUMS', async () => {
    const r = await run('diaspora__diaspora');
    expect(r.inventory.packages).toHaveLength(specCount(join(real, 'diaspora__diaspora/Gemfile.lock')));
    expect(r.findings.map((f) => f.check)).toEqual(['gem/lockfile-no-checksums']);
  });
});
