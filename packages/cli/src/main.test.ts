import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { main, type Io } from './main.js';
import { corpus, report, run, sarifOf } from './cli.test.helpers.js';
import { PLUGINS } from './plugins.js';

const tmp = mkdtempSync(join(tmpdir(), 'inert-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('inert scan', () => {
  it('exits 1 when a finding is at or above --fail-on (default high)', async () => {
    const r = await run(['scan', corpus('npm/install-scripts--transitive-lockfile-v3')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('esbuild@0.21.5 has install scripts');
    expect(r.stdout).toMatch(/2 findings \(2 high\)/);
  });

  it('exits 0 when findings are below the threshold', async () => {
    expect((await run(['scan', corpus('npm/install-scripts--blocked-by-npmrc')])).code).toBe(0);
    expect((await run(['scan', corpus('npm/lockfile-missing--no-lock'), '--fail-on', 'critical'])).code).toBe(0);
    expect((await run(['scan', corpus('npm/lockfile-missing--no-lock'), '--fail-on', 'medium'])).code).toBe(1);
  });

  it('prints the documented JSON shape', async () => {
    const r = await run(['scan', corpus('npm/install-scripts--transitive-lockfile-v3'), '--format', 'json']);
    const json = report(r.stdout);
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'root',
      'findings',
      'answers',
      'inventory',
      'files',
      'rules',
      'ecosystems',
    ]);
    expect(json.schemaVersion).toBe(1);
    expect([json.tool.name, typeof json.tool.version]).toEqual(['inert', 'string']);
    expect(Object.keys(json.inventory)).toEqual([
      'packages',
      'sources',
      'hooks',
      'executableManifests',
      'commands',
      'clients',
    ]);
    const finding = json.findings[0]!;
    expect(Object.keys(finding).sort()).toEqual(
      [
        'check',
        'confidence',
        'ecosystem',
        'fingerprint',
        'location',
        'message',
        'messageId',
        'package',
        'question',
        'remediation',
        'severity',
      ].sort(),
    );
    expect(finding.location).toEqual({ path: 'package-lock.json', line: 19, column: 7, endLine: 19, endColumn: 25 });
    const esbuild = json.inventory.packages.find((p: { name: string }) => p.name === 'esbuild');
    expect(esbuild).toEqual({
      ecosystem: 'npm',
      name: 'esbuild',
      version: '0.21.5',
      source: { kind: 'registry', url: 'https://registry.npmjs.org/esbuild/-/esbuild-0.21.5.tgz' },
      integrity: 'sha512',
      installScripts: true,
      scriptsVerdict: 'runs-by-default',
      file: 'package-lock.json',
      line: 15,
      purl: 'pkg:npm/esbuild@0.21.5',
      hashes: [{ algorithm: 'sha512', hex: '0'.repeat(128) }],
    });
    expect(json.answers).toContainEqual({
      question: 'install-time-execution',
      ecosystem: 'npm',
      status: 'exposed',
      findings: 2,
    });
    expect(json.files).toContainEqual({
      path: 'package-lock.json',
      ecosystem: 'npm',
      kind: 'lockfile',
      status: 'parsed',
    });
  });

  it('renders SARIF and Markdown', async () => {
    const sarif = sarifOf(
      (await run(['scan', corpus('npm/install-scripts--transitive-lockfile-v3'), '--format', 'sarif'])).stdout,
    );
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(2);
    const md = (await run(['scan', corpus('npm/install-scripts--transitive-lockfile-v3'), '--format', 'markdown']))
      .stdout;
    expect(md).toContain('| Can a dependency run code when it is installed? | **exposed (2)** |');
    const html = (await run(['scan', corpus('npm/install-scripts--transitive-lockfile-v3'), '--format', 'html']))
      .stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<strong class="exposed2">exposed (2)</strong>');
  });

  it('writes only the explicit --output file', async () => {
    const out = join(tmp, 'report.json');
    const r = await run(['scan', corpus('npm/clean--npm-ci-with-lockfile'), '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(report(readFileSync(out, 'utf8')).findings).toEqual([]);
  });

  it('escapes control characters and ANSI sequences from hostile paths and names', async () => {
    const dir = join(tmp, 'hostile');
    const evil = 'evil\u001b[31mred\u202e';
    mkdirSync(join(dir, evil), { recursive: true });
    writeFileSync(
      join(dir, evil, 'package.json'),
      JSON.stringify({ name: 'x\u001b]0;pwned\u0007', scripts: { postinstall: 'echo \u001b[2J' } }),
    );
    // the root hook is info, listed only with --verbose (#26)
    const r = await run(['scan', dir, '--verbose']);
    expect(r.stdout).toContain('evil\\x1b[31mred\\u202e/package.json');
    expect(r.stdout).toContain('x\\x1b]0;pwned\\x07');
    expect(/[\u001b\u0007\u202e]/.test(r.stdout)).toBe(false);
  });

  it('filters plugins with --ecosystem', async () => {
    const r = await run([
      'scan',
      corpus('npm/install-scripts--transitive-lockfile-v3'),
      '--ecosystem',
      'npm',
      '--format',
      'json',
    ]);
    expect(report(r.stdout).findings).toHaveLength(2);
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it.each([
    [['scan', '/no/such/dir'], 'not a directory, a file or a package archive'],
    [['scan', '.', '--format', 'xml'], 'unknown format "xml"'],
    [['scan', '.', '--fail-on', 'severe'], '--fail-on must be one of'],
    [['scan', '.', '--ecosystem', 'maven'], 'unknown ecosystem "maven"'],
    [['scan', '.', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['explain'], 'explain needs a check id'],
    [['explain', 'npm/nope'], 'no check "npm/nope"'],
    [['scan', '.', '--config', '/no/such/config.json'], 'cannot read config'],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('names the file and key of a bad config', async () => {
    const file = join(tmp, 'bad-config.json');
    writeFileSync(file, JSON.stringify({ checks: { 'npm/install-scripts': 'loud' } }));
    const r = await run(['scan', corpus('npm/clean--npm-ci-with-lockfile'), '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: "checks.npm/install-scripts" must be "off" or a severity`);
    writeFileSync(file, JSON.stringify({ failOn: 'low', colour: true }));
    expect((await run(['scan', corpus('npm/clean--npm-ci-with-lockfile'), '--config', file])).stderr).toContain(
      '"colour" is not a config key',
    );
  });

  it('applies a good config: severity override and failOn', async () => {
    const file = join(tmp, 'config.json');
    writeFileSync(file, JSON.stringify({ failOn: 'critical', checks: { 'npm/install-scripts': 'critical' } }));
    const r = await run([
      'scan',
      corpus('npm/install-scripts--transitive-lockfile-v3'),
      '--config',
      file,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(report(r.stdout).findings.every((f: { severity: string }) => f.severity === 'critical')).toBe(true);
  });
});

describe('limits', () => {
  it('reports a syntax-tree parse over limits.maxParseMillis as a finding naming the limit', async () => {
    const dir = mkdtempSync(join(tmp, 'slow-'));
    writeFileSync(
      // 500 lines (~28 KB): under the 32 KiB size budget for Ruby syntax trees, far over 1 ms of CPU to parse.
      join(dir, 'Gemfile'),
      `source "https://rubygems.org"\n${Array.from({ length: 500 }, (_, i) => `gem "g${i}", "~> 1.${i}", require: false if ENV["X${i}"]\n`).join('')}`,
    );
    const file = join(tmp, 'slow.json');
    writeFileSync(file, JSON.stringify({ limits: { maxParseMillis: 1 } }));
    const r = report((await run(['scan', dir, '--config', file, '--format', 'json'])).stdout);
    expect(r.findings.find((f: { check: string }) => f.check === 'core/unparsed-file')?.message).toMatch(
      /Gemfile.*maxParseMillis/,
    );
    expect(r.files.find((f: { path: string }) => f.path === 'Gemfile')?.status).toBe('unparsed');
  });
});

describe('other commands', () => {
  it('lists checks, explains one, lists questions, prints help and version', async () => {
    expect((await run(['checks'])).stdout).toMatch(/npm\/install-scripts\s+high\s+install-time-execution/);
    expect((await run(['explain', 'npm/install-scripts'])).stdout).toContain('## Remediation');
    expect((await run(['questions'])).stdout.trim().split('\n')).toHaveLength(12);
    expect((await run([])).stdout).toContain('Usage:');
    expect((await run(['--version'])).stdout).toMatch(/^inert \d+\.\d+\.\d+/);
  });

  it("explain prints the check's docs page (the committed one), and names the corpus cases when the corpus is absent", async () => {
    const page = readFileSync(
      fileURLToPath(new URL('../../../docs/checks/pip/extra-index-url.md', import.meta.url)),
      'utf8',
    );
    const out = (await run(['explain', 'pip/extra-index-url'])).stdout;
    expect(out.startsWith('# `pip/extra-index-url`')).toBe(true);
    expect(out).toContain(page.slice(page.indexOf('# `pip/extra-index-url`')));
    expect(out).toContain('## Examples\n\n### Reported:');
    const installed = await explain(PLUGINS, 'pip/extra-index-url', null);
    expect(installed).toMatch(/- Reported: `corpus\/pip\/[^`]+` in the inert repository/);
    expect(installed).not.toContain('### Reported');
  });

  it('init writes a starter config that validates, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmp, 'init-'));
    let out = '';
    const base: Io = {
      stdout: (t) => void (out += t),
      stderr: () => {},
      resolve: (p) => resolvePath(dir, p),
      isDirectory: () => Promise.resolve(true),
      isFile: async (p) => (await stat(p).catch(() => undefined))?.isFile() ?? false,
      readFile: (p) => readFile(p, 'utf8'),
      readBytes: (p) => readFile(p),
      writeFile: (p, t) => writeFile(p, t),
    };
    expect(await main(['init'], base)).toBe(0);
    expect(out).toContain('inert.config.json');
    const written: unknown = JSON.parse(readFileSync(join(dir, 'inert.config.json'), 'utf8'));
    const { validateConfig } = await import('./config.js');
    expect(() => validateConfig(written, 'x')).not.toThrow();
    expect(await main(['init'], base)).toBe(2);
  });
});

describe('package archives', () => {
  it('scans an npm tarball in memory', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmp, 'pkg-'));
    mkdirSync(join(dir, 'package'));
    writeFileSync(
      join(dir, 'package', 'package.json'),
      JSON.stringify({ name: 'evil', version: '1.0.0', scripts: { preinstall: 'node steal.js' } }),
    );
    execFileSync('tar', ['-czf', join(dir, 'evil-1.0.0.tgz'), '-C', dir, 'package']);
    const r = await run(['scan', join(dir, 'evil-1.0.0.tgz'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(
      report(r.stdout).findings.map(
        (f: { check: string; location: { path: string } }) => `${f.check} ${f.location.path}`,
      ),
    ).toEqual(['npm/root-install-scripts package.json']);
  });
});
