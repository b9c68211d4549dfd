/**
 * What a config turns off, through the CLI (split from main.test.ts by role): the organisation's own
 * hosts and reviewed install scripts (`allow`), inline comments, config suppressions and baselines.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpus, report, run, sarifOf } from './cli.test.helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'inert-cli-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("config allow: the organisation's own hosts and reviewed install scripts", () => {
  it('keeps the findings, marked accepted with the reason, and they stop counting', async () => {
    const file = join(tmp, 'allow.json');
    writeFileSync(
      file,
      JSON.stringify({ failOn: 'medium', allow: { hosts: { npm: ['registry.npmjs.evil.example'] } } }),
    );
    const before = await run([
      'scan',
      corpus('npm/resolved-unexpected-host--foreign-tarball'),
      '--format',
      'json',
      '--fail-on',
      'medium',
    ]);
    expect(before.code).toBe(1);
    const r = await run([
      'scan',
      corpus('npm/resolved-unexpected-host--foreign-tarball'),
      '--config',
      file,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const f = report(r.stdout).findings.find((x: { check: string }) => x.check === 'npm/resolved-unexpected-host');
    expect(f).toMatchObject({
      host: 'registry.npmjs.evil.example',
      suppressed: { kind: 'config', reason: 'registry.npmjs.evil.example is an allowed npm host (config allow.hosts)' },
    });
  });

  it('acknowledges reviewed install scripts by package and version', async () => {
    const file = join(tmp, 'allow-scripts.json');
    writeFileSync(
      file,
      JSON.stringify({
        allow: {
          installScripts: {
            npm: [{ package: 'esbuild', version: '0.21.5', reason: 'downloads its own binary only; reviewed' }],
          },
        },
      }),
    );
    const r = await run([
      'scan',
      corpus('npm/install-scripts--transitive-lockfile-v3'),
      '--config',
      file,
      '--format',
      'json',
    ]);
    const findings = report(r.stdout).findings.filter((x: { check: string }) => x.check === 'npm/install-scripts') as {
      package: { name: string };
      suppressed?: { reason: string };
    }[];
    expect(findings.find((x) => x.package.name === 'esbuild')?.suppressed?.reason).toBe(
      'install scripts reviewed (config allow.installScripts): downloads its own binary only; reviewed',
    );
    expect(findings.find((x) => x.package.name === 'sharp')?.suppressed).toBeUndefined();
  });
});

describe('suppressions and baselines', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmp, 'sup-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0' }));
    writeFileSync(
      join(dir, '.npmrc'),
      '# inert-ignore npm/auth-token-committed: docs fixture, revoked\n//registry.npmjs.org/:_authToken=npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n//npm.acme.example/:_authToken=literal-secret\n',
    );
    return dir;
  };

  it('honours inline comments, keeps suppressed findings in JSON, and exits on the rest', async () => {
    const dir = project();
    const r = await run(['scan', dir, '--format', 'json']);
    const findings = report(r.stdout).findings as {
      location: { line: number };
      suppressed?: { kind: string; reason: string };
    }[];
    expect(findings.map((f) => [f.location.line, f.suppressed?.kind])).toEqual([
      [2, 'inline'],
      [3, undefined],
    ]);
    expect(r.code).toBe(1);
    const text = await run(['scan', dir]);
    expect(text.stdout).toContain('1 finding (1 high), 1 suppressed');
  });

  it('--untrusted ignores inline comments and the tree\u2019s own config', async () => {
    const dir = project();
    writeFileSync(
      join(dir, '.inert.json'),
      JSON.stringify({ suppress: [{ check: 'npm/*', reason: 'hide everything' }] }),
    );
    const trusting = report((await run(['scan', dir, '--format', 'json'])).stdout).findings;
    expect(trusting.every((f: { suppressed?: unknown }) => f.suppressed)).toBe(true);
    const untrusted = await run(['scan', dir, '--format', 'json', '--untrusted']);
    expect(report(untrusted.stdout).findings.some((f: { suppressed?: unknown }) => f.suppressed)).toBe(false);
    expect(untrusted.code).toBe(1);
  });

  it('requires a reason for config suppressions', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'inert.config.json'),
      JSON.stringify({ suppress: [{ check: 'npm/auth-token-committed' }] }),
    );
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"suppress[0].reason" is required');
  });

  it('fails only on new findings with a baseline', async () => {
    const dir = project();
    const baseline = join(dir, '..', `${dir.split('/').pop()}-baseline.json`);
    expect((await run(['scan', dir, '--write-baseline', baseline])).code).toBe(1);
    expect((await run(['scan', dir, '--baseline', baseline])).code).toBe(0);
    writeFileSync(
      join(dir, '.npmrc'),
      readFileSync(join(dir, '.npmrc'), 'utf8') + '//other.example/:_password=new-secret\n',
    );
    const again = await run(['scan', dir, '--baseline', baseline, '--format', 'sarif']);
    expect(again.code).toBe(1);
    const results = sarifOf(again.stdout).runs[0]!.results;
    expect(results.map((x) => x.suppressions?.[0]?.kind)).toEqual(['inSource', 'external', undefined]);
  });
});
