/** The cargo plugin on real public checkouts (../shared/corpus/real/cargo), hand-checked facts. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { cargo } from './index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real', 'cargo');
const run = async (name: string) => scan(new DirectorySource(join(real, name)), { plugins: [cargo] });
const lockCount = (file: string) => (readFileSync(file, 'utf8').match(/^\[\[package\]\]$/gm) ?? []).length;

describe.skipIf(!existsSync(real))('cargo plugin on real checkouts', () => {
  it('lapce: every Cargo.lock package in the inventory, 24 git packages pinned, no checksum gaps reported', async () => {
    const r = await run('lapce__lapce');
    const lock = r.inventory.packages.filter((p) => p.file === 'Cargo.lock');
    expect(lock).toHaveLength(lockCount(join(real, 'lapce__lapce/Cargo.lock')));
    expect(lock.filter((p) => p.source.kind === 'git')).toHaveLength(24);
    expect(r.findings.some((f) => f.check === 'cargo/lock-entry-without-checksum')).toBe(false);
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
  });

  it('rust-analyzer: path packages are workspace members, registry crates all have checksums', async () => {
    const r = await run('rust-lang__rust-analyzer');
    const lock = r.inventory.packages.filter((p) => p.file === 'Cargo.lock');
    expect(lock).toHaveLength(lockCount(join(real, 'rust-lang__rust-analyzer/Cargo.lock')));
    expect(lock.filter((p) => p.source.kind === 'path').length).toBeGreaterThanOrEqual(44);
    expect(lock.filter((p) => p.source.kind === 'registry').every((p) => p.integrity === 'sha256')).toBe(true);
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
  });

  it('embassy: 110 config files with runners parse (TOML 1.1 multi-line inline tables in manifests too)', async () => {
    const r = await run('embassy-rs__embassy');
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
    expect(r.findings.filter((f) => f.check === 'cargo/config-executable' && f.messageId === 'runner').length).toBeGreaterThanOrEqual(100);
    expect(r.findings.some((f) => f.check === 'cargo/config-executable' && f.severity === 'high')).toBe(false);
  });
});
