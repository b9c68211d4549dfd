/** The cargo plugin on real public checkouts (../shared/corpus/real), hand-checked facts. https://doc.rust-lang.org/cargo/ */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { cargo } from './index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const run = async (path: string) => scan(new DirectorySource(join(real, path)), { plugins: [cargo] });
const lockCount = (file: string) => (readFileSync(file, 'utf8').match(/^\[\[package\]\]$/gm) ?? []).length;
const ids = (r: Awaited<ReturnType<typeof run>>) =>
  r.findings.map((f) => `${f.check}:${f.messageId}:${f.location.path}:${f.location.line}`).sort();

describe.skipIf(!existsSync(join(real, 'cargo')))('cargo plugin on real checkouts', () => {
  it('lapce: every lock package in the inventory, 24 git packages locked to a commit, no checksum gaps', async () => {
    const r = await run('cargo/lapce__lapce');
    const lock = r.inventory.packages.filter((p) => p.file === 'Cargo.lock');
    expect(lock).toHaveLength(lockCount(join(real, 'cargo/lapce__lapce/Cargo.lock')));
    const git = lock.filter((p) => p.source.kind === 'git');
    expect(git).toHaveLength(24);
    expect(git.every((p) => /#[0-9a-f]{40}$/.test(p.source.url ?? '') && p.integrity === null)).toBe(true);
    // Hand-checked: 22 declared with rev; locale_config follows a branch, wasi-experimental-http the default branch.
    expect(git.filter((p) => p.source.url?.includes('?rev='))).toHaveLength(22);
    expect(lock.filter((p) => p.source.kind === 'registry').every((p) => p.integrity === 'sha256')).toBe(true);
    expect(
      r.findings.some((f) => f.check === 'cargo/lock-entry-without-checksum' || f.check === 'core/unparsed-file'),
    ).toBe(false);
    expect(ids(r)).toEqual([
      'cargo/git-dependency-unpinned:branch:lapce-proxy/Cargo.toml:67',
      'cargo/git-dependency-unpinned:default:lapce-proxy/Cargo.toml:63',
      'cargo/source-replacement:patch:Cargo.toml:86',
      'cargo/source-replacement:patch:Cargo.toml:87',
      'cargo/source-replacement:patch:Cargo.toml:91',
    ]);
  });

  it('rust-analyzer: 44 path packages, checksummed registry crates, two linkers and two proc-macros', async () => {
    const r = await run('cargo/rust-lang__rust-analyzer');
    const lock = r.inventory.packages.filter((p) => p.file === 'Cargo.lock');
    expect(lock).toHaveLength(lockCount(join(real, 'cargo/rust-lang__rust-analyzer/Cargo.lock')));
    expect(lock.filter((p) => p.source.kind === 'path')).toHaveLength(44);
    expect(lock.filter((p) => p.source.kind === 'registry').every((p) => p.integrity === 'sha256')).toBe(true);
    // proc-macro-test-impl is its own workspace (not in the root lock); macros is a member.
    expect(lock.filter((p) => p.installScripts === true).map((p) => p.name)).toEqual(['macros']);
    expect(lock.filter((p) => p.source.kind !== 'path').every((p) => p.installScripts === null)).toBe(true);
    expect(ids(r)).toEqual([
      'cargo/build-script:procMacro:crates/macros/Cargo.toml:13',
      'cargo/build-script:procMacro:crates/proc-macro-srv/proc-macro-test/imp/Cargo.toml:10',
      'cargo/config-executable:linker:.cargo/config.toml:10',
      'cargo/config-executable:linker:.cargo/config.toml:13',
      // crates/syntax/fuzz declares its own [workspace] (members = ["."]) and two [[bin]] fuzz targets:
      // cargo makes it its own workspace, locked by crates/syntax/fuzz/Cargo.lock, which is not committed
      // (the root lock does not cover it). The excluded proc-macro-test/imp has its own lock.
      'cargo/lockfile-missing:missing:crates/syntax/fuzz/Cargo.toml:1',
    ]);
    // linker = "rust-lld" and "arm-linux-gnueabihf-gcc-8": installed toolchains found on PATH.
    expect(
      r.findings.filter((f) => f.check === 'cargo/config-executable').map((f) => `${f.evidence}:${f.severity}`),
    ).toEqual(['rust-lld:low', 'arm-linux-gnueabihf-gcc-8:low']);
  });

  it('embassy: TOML 1.1 manifests and 110 configs parse; installed runners (probe-rs, teleprobe, qemu) and flip-link linkers are low, the checked-in flash script medium', async () => {
    const r = await run('cargo/embassy-rs__embassy');
    expect(r.files.filter((f) => f.status === 'unparsed')).toEqual([]);
    expect(r.findings.some((f) => f.check === 'core/unparsed-file')).toBe(false);
    const runners = r.findings.filter((f) => f.check === 'cargo/config-executable' && f.messageId === 'runner');
    expect(runners.length).toBeGreaterThanOrEqual(100);
    expect(runners.filter((f) => f.severity === 'medium').map((f) => f.evidence)).toEqual(['tools/flash.sh']);
    expect(runners.filter((f) => f.severity !== 'medium').every((f) => f.severity === 'low')).toBe(true);
    // `-C linker=flip-link` in three examples: a program installed on the machine, not in the checkout.
    const linkers = r.findings.filter((f) => f.check === 'cargo/config-executable' && f.messageId === 'linker');
    expect(linkers.map((f) => `${f.location.path}:${f.severity}`)).toEqual([
      'examples/mcxa2xx/.cargo/config.toml:low',
      'examples/mcxa5xx/.cargo/config.toml:low',
      'examples/mimxrt6/.cargo/config.toml:low',
    ]);
    expect(r.findings.some((f) => f.severity === 'high' || f.severity === 'critical')).toBe(false);
    // No Cargo.lock anywhere in embassy: nothing to inventory.
    expect(r.inventory.packages).toEqual([]);
  });

  it.skipIf(!existsSync(join(real, 'ci/zizmorcore__zizmor')))(
    'zizmor: a clean workspace with a pinned toolchain channel',
    async () => {
      const r = await run('ci/zizmorcore__zizmor');
      expect(r.findings).toEqual([]);
      expect(r.inventory.packages.filter((p) => p.file === 'Cargo.lock')).toHaveLength(
        lockCount(join(real, 'ci/zizmorcore__zizmor/Cargo.lock')),
      );
    },
  );
});
