import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { file, tar, tgz } from '../../../../corpus/adversarial/archives/tar-builder.mjs';
import type { ArchiveFormat } from './archive-format.js';
import { refusingLayout } from './archive-layout.js';
import { openArchive } from './open-archive.js';
import { ArchiveError } from './tar-entries.js';
import { TarSource } from './tar-source.js';

// Made-up formats: the core knows none; a plugin supplies each (Plugin.archives).
const asWritten = (kind: string, extra: Partial<ArchiveFormat> = {}): ArchiveFormat => ({
  kind,
  container: 'tar',
  layout: (entries) => refusingLayout(entries, 0, `${kind} refuses it`),
  ...extra,
});
const alpha = asWritten('alpha', { suffixes: ['.alpha'] });
const beta = asWritten('beta', { recognise: (paths) => paths.has('BETA') });
const gamma = asWritten('gamma', { fallback: true });
const nested = asWritten('nested', {
  suffixes: ['.nest'],
  layout: (outer, { name, readTar }) =>
    refusingLayout(readTar(outer.find((e) => e.path === 'inner.tar.gz')!.data!, `${name}!inner`), 0, 'no'),
});
const plugins = [{ archives: [alpha, beta] }, {}, { archives: [gamma, nested] }];

describe('archive formats come from the plugins', () => {
  const bytes = tgz(file('BETA', 'b'), file('x/y', 'y'));

  it('a suffix names the format, then content, then the fallback', () => {
    expect(new TarSource(bytes, 'P.ALPHA', { plugins }).kind).toBe('alpha');
    expect(new TarSource(bytes, 'p.tar.gz', { plugins }).kind).toBe('beta');
    expect(new TarSource(tgz(file('x/y', 'y')), 'p.tar.gz', { plugins }).kind).toBe('gamma');
    expect(new TarSource(bytes, 'p.tar.gz', { plugins, kind: 'gamma' }).kind).toBe('gamma');
  });

  it('the format lays the entries out, reading a nested tar under the same limits', () => {
    const source = new TarSource(tar(file('inner.tar.gz', tgz(file('lib/a', 'a')))), 'p.nest', { plugins });
    expect(source.entries().map((e) => e.path)).toEqual(['lib/a']);
    const bomb = tar(file('inner.tar.gz', gzipSync(Buffer.alloc(256 * 1024))));
    expect(() => new TarSource(bomb, 'p.nest', { plugins, limits: { maxBytes: 64 * 1024 } })).toThrow(/p\.nest!inner/);
  });

  it('an archive no plugin reads is an error naming it, never an empty scan', async () => {
    expect(() => new TarSource(tgz(file('x/y', 'y')), 'p.tar.gz', { plugins: [{ archives: [alpha] }] })).toThrow(
      ArchiveError,
    );
    expect(() => new TarSource(bytes, 'p.tar.gz', { plugins: [] })).toThrow(/p\.tar\.gz.*no plugin/);
    expect(() => new TarSource(bytes, 'p.tar.gz', { plugins, kind: 'delta' })).toThrow(/kind "delta"/);
    await expect(openArchive(bytes, 'p.whl', { plugins })).resolves.toMatchObject({ kind: 'beta' });
    await expect(
      openArchive(bytes, 'p.zz', { plugins: [{ archives: [{ ...alpha, container: 'zip', suffixes: ['.zz'] }] }] }),
    ).rejects.toThrow(/p\.zz/);
  });
});
