import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.js';
import { TarSource } from './tar-source.js';

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
    expect(walk.skipped[0]?.detail).toContain('leaves the archive root');
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    expect(() => new TarSource(bomb, 'bomb.tgz', { maxBytes: 1024 * 1024 })).toThrow();
  });
});
