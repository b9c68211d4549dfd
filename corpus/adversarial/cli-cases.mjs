// Hostile inputs whose expected outcome is a CLI behaviour (issue #20 classes 4 and 5): the scanned
// tree's own config, config files that are links or FIFOs, paths that hold nothing to scan, scans
// that are incomplete, OSV databases that hold nothing. Written into `target` at test time (git
// cannot hold FIFOs, symlinks or empty directories); run by packages/cli/src/adversarial-cli.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = '//registry.npmjs.org/:_authToken=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';
const MANIFEST = '{"name":"x","version":"1.0.0"}\n';

/**
 * @param {string} target
 * @returns {{ name: string, description: string, argv: string[], exit: number, stderr?: string, stdout?: string, suppressed?: { check: string, path: string, reason: string }[] }[]}
 */
export function cliCases(target) {
  const cases = [];
  const dir = (name, files = {}) => {
    const d = join(target, name);
    mkdirSync(d, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(d, path, '..'), { recursive: true });
      writeFileSync(join(d, path), text);
    }
    return d;
  };

  cases.push({ name: 'tree-config-turns-token-check-off', description: "The tree's inert.config.json turns the token check off: the token stays in JSON, suppressed with the config as the reason.",
    argv: ['scan', dir('tree-config-turns-token-check-off', { 'package.json': MANIFEST, '.npmrc': TOKEN, 'inert.config.json': '{"checks":{"npm/auth-token-committed":"off"}}' }), '--format', 'json'],
    exit: 0, suppressed: [{ check: 'npm/auth-token-committed', path: '.npmrc', reason: 'turned off by inert.config.json in the scanned tree' }] });
  cases.push({ name: 'tree-config-ignores-token-path', description: "The tree's .inert.json ignores the directory holding the token: still read, still reported, suppressed.",
    argv: ['scan', dir('tree-config-ignores-token-path', { 'package.json': MANIFEST, 'ci/.npmrc': TOKEN, '.inert.json': '{"ignorePaths":["ci"]}' }), '--format', 'sarif'],
    exit: 0, stdout: '"justification": "ignored by .inert.json in the scanned tree (ignorePaths: \\"ci\\")"' });
  const linked = dir('tree-config-symlink-to-passwd', { 'package.json': MANIFEST, '.npmrc': TOKEN });
  symlinkSync('/etc/passwd', join(linked, 'inert.config.json'));
  cases.push({ name: 'tree-config-symlink-to-passwd', description: 'The config is a symlink to /etc/passwd: refused, never followed, its content never printed.', argv: ['scan', linked], exit: 2, stderr: 'symbolic link' });
  const fifo = dir('tree-config-fifo', { 'package.json': MANIFEST });
  // Test data only: mkfifo has no Node API.
  execFileSync('mkfifo', [join(fifo, 'inert.config.json')]);
  cases.push({ name: 'tree-config-fifo', description: 'The config is a FIFO: refused at once, the scan does not hang.', argv: ['scan', fifo], exit: 2, stderr: 'not a regular file' });
  cases.push({ name: 'empty-directory', description: 'An empty directory: nothing scanned is not a clean scan.', argv: ['scan', dir('empty-directory')], exit: 2, stderr: 'nothing scanned' });
  cases.push({ name: 'wrong-path', description: 'A path that does not exist.', argv: ['scan', join(target, 'no-such-checkout')], exit: 2, stderr: 'no such directory or file' });
  const notArchive = join(dir('not-an-archive'), 'notes.txt');
  writeFileSync(notArchive, 'hello');
  cases.push({ name: 'not-an-archive', description: 'A file that is not a package archive.', argv: ['scan', notArchive], exit: 2, stderr: 'not a package archive' });
  const osv = dir('empty-osv-file', { 'package.json': MANIFEST, 'osv.json': '' });
  cases.push({ name: 'empty-osv-file', description: 'An empty --osv file would make every version look clean.', argv: ['scan', osv, '--osv', join(osv, 'osv.json')], exit: 2, stderr: 'holds no advisory' });
  const osvDir = dir('empty-osv-directory', { 'package.json': MANIFEST });
  mkdirSync(join(osvDir, 'osv'));
  cases.push({ name: 'empty-osv-directory', description: 'An --osv directory with no advisory.', argv: ['scan', osvDir, '--osv', join(osvDir, 'osv')], exit: 2, stderr: 'holds no advisory' });
  const unreadable = dir('incomplete-lockfile-over-limit', { 'package.json': MANIFEST, 'package-lock.json': `{"lockfileVersion":3,"packages":{"":{}},"pad":"${'x'.repeat(4096)}"}` });
  writeFileSync(join(target, 'limits.json'), '{"limits":{"maxFileBytes":1024}}');
  cases.push({ name: 'incomplete-lockfile-over-limit', description: 'A lockfile over the size limit: the scan is incomplete, says so, and --fail-on critical cannot make it exit 0.',
    argv: ['scan', unreadable, '--config', join(target, 'limits.json'), '--fail-on', 'critical'], exit: 3, stderr: 'scan incomplete', stdout: 'Scan incomplete' });
  // A manifest, lockfile or config its reader rejects is a file the scan could not read (inert's
  // parser and the client's may disagree): incomplete, exit 3, in every format, for every plugin.
  const FORMATS = [
    ['text', 'Scan incomplete'],
    ['json', '"incomplete": ['],
    ['sarif', '"executionSuccessful": false'],
    ['markdown', 'Scan incomplete'],
    ['github', 'so the scan is incomplete'],
    ['cyclonedx', '"inert:unread-file"'],
  ];
  const INVALID = [
    ['npm-package-json', { 'package.json': '{"name": "x", "scripts": {' }],
    ['npm-package-lock', { 'package.json': MANIFEST, 'package-lock.json': '{"lockfileVersion": 3, "packages": {' }],
    ['npm-pnpm-lock', { 'package.json': MANIFEST, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\npackages: [\n" }],
    ['pip-pyproject', { 'pyproject.toml': '[project\nname = "x"\n' }],
    ['pip-pipfile-lock', { Pipfile: '[packages]\nrequests = "*"\n', 'Pipfile.lock': '{"_meta": ' }],
    ['cargo-table-header-openers', { 'Cargo.toml': `[${'[a.'.repeat(2000)}\n` }],
    ['cargo-lock', { 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n', 'Cargo.lock': 'version = 3\n[[package]\n' }],
    ['gem-gemfile', { Gemfile: 'source "https://rubygems.org"\ngem "rails", (\n' }],
    ['go-mod', { 'go.mod': 'module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b\n' }],
    ['gradle-verification', { 'settings.gradle': '', 'gradle/verification-metadata.xml': '<verification-metadata><components>' }],
    ['gradle-catalog', { 'settings.gradle': '', 'gradle/libs.versions.toml': '[versions\n' }],
    ['ci-workflow', { '.github/workflows/ci.yml': 'on: push\njobs:\n  a: [\n' }],
  ];
  INVALID.forEach(([name, files], i) => {
    const [format, marker] = FORMATS[i % FORMATS.length];
    cases.push({ name: `invalid-${name}`, description: `An invalid ${Object.keys(files).at(-1)} (${name}): the scan could not read it, so it is incomplete (exit 3), here in ${format}.`,
      argv: ['scan', dir(`invalid-${name}`, files), '--format', format], exit: 3, stdout: marker });
  });
  return cases;
}
