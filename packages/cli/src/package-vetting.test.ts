/**
 * Package vetting end to end: each fixture tree in corpus/packages is packed at test time into the
 * archive kind its name says (tar, spawned here: tests may spawn, the CLI never does), scanned with
 * `inert scan <archive>`, and judged as a published package.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(repo, 'corpus/packages');
const tmp = mkdtempSync(join(tmpdir(), 'inert-vet-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tar(args: string[], cwd: string): void {
  const r = spawnSync('tar', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar ${args.join(' ')}: ${r.stderr}`);
}

/** Packs a fixture as its archive kind; returns the archive path. */
function pack(name: string): string {
  const dir = join(fixtures, name);
  const top = readdirSync(dir)[0]!;
  if (name.startsWith('npm--'))
    return (tar(['czf', join(tmp, `${name}.tgz`), 'package'], dir), join(tmp, `${name}.tgz`));
  if (name.startsWith('sdist--'))
    return (tar(['czf', join(tmp, `${name}.tar.gz`), top], dir), join(tmp, `${name}.tar.gz`));
  if (name.startsWith('crate--'))
    return (tar(['czf', join(tmp, `${name}.crate`), top], dir), join(tmp, `${name}.crate`));
  // .gem: an outer tar holding metadata.gz and data.tar.gz (https://guides.rubygems.org/specification-reference/)
  const work = join(tmp, name);
  mkdirSync(work, { recursive: true });
  tar(['czf', join(work, 'data.tar.gz'), '.'], join(dir, 'data'));
  tar(
    [
      'czf',
      join(work, 'metadata.gz'),
      '-C',
      join(dir, 'data'),
      readdirSync(join(dir, 'data')).find((f) => f.endsWith('.gemspec'))!,
    ],
    work,
  );
  tar(['cf', join(tmp, `${name}.gem`), 'metadata.gz', 'data.tar.gz'], work);
  return join(tmp, `${name}.gem`);
}

interface Json {
  findings: { check: string; severity: string; message: string; suppressed?: unknown }[];
}

async function scanJson(argv: string[]): Promise<{ code: number; result: Json; stderr: string }> {
  const { code, stdout, stderr } = await runCaptured([...argv, '--format', 'json'], repo);
  return { code, result: JSON.parse(stdout || '{"findings":[]}') as Json, stderr };
}

const installTime = (r: Json) =>
  r.findings.filter((f) => /root-install-scripts|build-script|native-extension|setup-py-dangerous-call/.test(f.check));
const RANK = ['info', 'low', 'medium', 'high', 'critical'];

describe('inert scan <archive>: a package judged as what it is', () => {
  it.each([
    [
      'npm--hostile-curl-pipe-sh',
      'npm/root-install-scripts',
      'critical',
      /runs "preinstall" when it is installed, and the hook downloads code and runs it/,
    ],
    [
      'npm--hostile-install-js',
      'npm/root-install-scripts',
      'critical',
      /decodes a string and evaluates it.*reads credential files.*opens network connections|decodes a string and evaluates it/,
    ],
    ['sdist--hostile-setup-py', 'pip/setup-py-dangerous-call', 'high', /os\.system\(\)/],
    ['crate--hostile-build-rs', 'cargo/build-script', 'critical', /downloads code and runs it; spawns processes/],
    [
      'gem--hostile-extconf',
      'gem/native-extension',
      'critical',
      /runs ext\/evil\/extconf\.rb when it is installed.*downloads code and runs it/,
    ],
  ])('%s: %s at %s, exit 1', async (name, check, severity, message) => {
    const { code, result } = await scanJson(['scan', pack(name)]);
    const hit = result.findings.find((f) => f.check === check);
    expect(hit, JSON.stringify(result.findings.map((f) => [f.check, f.severity]))).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.message).toMatch(message);
    expect(code).toBe(1);
  });

  it('the install.js a hook runs is read from the archive: credentials, network and a decoded eval all named', async () => {
    const { result } = await scanJson(['scan', pack('npm--hostile-install-js')]);
    const msg = result.findings.find((f) => f.check === 'npm/root-install-scripts')!.message;
    for (const said of [
      'decodes a string and evaluates it',
      'reads credential files or token variables',
      'opens network connections',
    ])
      expect(msg).toContain(said);
  });

  it.each(['npm--benign-node-gyp', 'sdist--benign-pyproject', 'crate--benign-build-rs', 'gem--benign-extconf'])(
    '%s: install-time findings at most low, exit 0',
    async (name) => {
      const { code, result } = await scanJson(['scan', pack(name)]);
      for (const f of installTime(result))
        expect(RANK.indexOf(f.severity), `${f.check} ${f.severity}: ${f.message}`).toBeLessThanOrEqual(
          RANK.indexOf('low'),
        );
      expect(code).toBe(0);
    },
  );

  it('a published package is not told to commit a lockfile', async () => {
    for (const name of readdirSync(fixtures).filter((n) => !n.endsWith('.md'))) {
      const { result } = await scanJson(['scan', pack(name)]);
      expect(
        result.findings.filter((f) => f.check.endsWith('/lockfile-missing')),
        name,
      ).toEqual([]);
    }
  });

  it('--package judges an unpacked directory the same way; without it the same tree is a project (its curl | sh hook is high: project rule)', async () => {
    const dir = join(fixtures, 'npm--hostile-curl-pipe-sh/package');
    const asPackage = await scanJson(['scan', '--package', dir]);
    expect(asPackage.result.findings.find((f) => f.check === 'npm/root-install-scripts')?.severity).toBe('critical');
    const asProject = await scanJson(['scan', dir]);
    expect(asProject.result.findings.find((f) => f.check === 'npm/root-install-scripts')?.severity).toBe('high');
    expect(asProject.result.findings.some((f) => f.check === 'npm/lockfile-missing')).toBe(true);
  });

  it('--package needs a directory', async () => {
    const r = await scanJson(['scan', '--package', join(fixtures, 'README.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--package needs an unpacked package directory');
  });
});
