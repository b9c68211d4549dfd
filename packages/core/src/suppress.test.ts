import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { applySuppressions, hostMatches, toBaseline } from './suppress.js';
import { parseMarker } from './suppress.js';

const finding = (path: string, line: number, check = 'npm/auth-token-committed'): Finding => ({
  check,
  messageId: 'm',
  question: 'publish-credentials',
  ecosystem: 'npm',
  severity: 'high',
  confidence: 'high',
  message: 'x',
  location: { path, line, column: 1 },
  remediation: 'r',
  fingerprint: `${path}:${line}:${check}`,
});

describe('applySuppressions', () => {
  const npmrc =
    '# inert-ignore npm/auth-token-committed: test fixture token, revoked\n//r/:_authToken=abc\nalways-auth=true # inert-ignore npm/other-check\n//s/:_password=x # inert-ignore npm/auth-token-committed, npm/registry-config: kept\n//t/:_auth=y\n';
  const texts = new Map([
    ['.npmrc', npmrc],
    ['a.json', '{}'],
  ]);

  it('reads comments on the same line and on the line above, for the named checks only', () => {
    const fs = applySuppressions(
      [finding('.npmrc', 2), finding('.npmrc', 3), finding('.npmrc', 4), finding('.npmrc', 5)],
      { texts },
    );
    expect(fs.map((f) => f.suppressed)).toEqual([
      { kind: 'inline', reason: 'test fixture token, revoked', line: 1 },
      undefined,
      { kind: 'inline', reason: 'kept', line: 4 },
      undefined, // line 4's trailing comment does not cover line 5
    ]);
  });

  it('matches config entries by check, path prefix, package or fingerprint', () => {
    const fs = applySuppressions(
      [finding('a/.npmrc', 1), finding('b/.npmrc', 1), finding('c/.npmrc', 1, 'npm/lockfile-missing')],
      {
        entries: [
          { check: 'npm/auth-token-committed', path: 'a', reason: 'fixture' },
          { check: 'npm/*', fingerprint: 'c/.npmrc:1:npm/lockfile-missing', reason: 'fp' },
        ],
      },
    );
    expect(fs.map((f) => f.suppressed?.reason)).toEqual(['fixture', undefined, 'fp']);
  });

  it('writes a baseline of the unsuppressed findings and reads it back', () => {
    const fs = applySuppressions([finding('.npmrc', 2), finding('.npmrc', 5)], { texts });
    const baseline = toBaseline(fs);
    expect(baseline.findings.map((f) => f.fingerprint)).toEqual(['.npmrc:5:npm/auth-token-committed']);
    const again = applySuppressions([finding('.npmrc', 5), finding('.npmrc', 9)], { baseline });
    expect(again.map((f) => f.suppressed?.kind)).toEqual(['baseline', undefined]);
  });

  it('accepts findings about allowed hosts and reviewed install scripts, per ecosystem, with the reason', () => {
    const hosted = (host: string, ecosystem = 'npm'): Finding => ({
      ...finding('package-lock.json', 1, 'npm/resolved-unexpected-host'),
      ecosystem,
      host,
      fingerprint: `${host}:${ecosystem}`,
    });
    const scripts = (name: string, version: string): Finding => ({
      ...finding('package-lock.json', 2, 'npm/install-scripts'),
      question: 'install-time-execution',
      package: { name, version },
      fingerprint: `${name}@${version}`,
    });
    const fs = applySuppressions(
      [
        hosted('npm.acme.example'),
        hosted('x.mirror.acme.example'),
        hosted('npm.acme.example.evil.example'),
        hosted('npm.acme.example', 'cargo'),
        scripts('esbuild', '0.25.0'),
        scripts('esbuild', '0.26.0'),
        scripts('sharp', '1.0.0'),
      ],
      {
        allow: {
          hosts: { npm: ['https://npm.acme.example/registry/', '*.mirror.acme.example'] },
          installScripts: {
            npm: [
              { package: 'esbuild', version: '0.25.0', reason: 'reviewed by appsec' },
              { package: 'sharp', reason: 'prebuilt binaries' },
            ],
          },
        },
      },
    );
    expect(fs.map((f) => f.suppressed?.reason)).toEqual([
      'npm.acme.example is an allowed npm host (config allow.hosts)',
      'x.mirror.acme.example is an allowed npm host (config allow.hosts)',
      undefined, // a suffix of the allowed name is not the allowed host
      undefined, // allowed for npm, not for cargo
      'install scripts reviewed (config allow.installScripts): reviewed by appsec',
      undefined, // another version than the one reviewed
      'install scripts reviewed (config allow.installScripts): prebuilt binaries',
    ]);
    expect(fs.every((f) => !f.suppressed || f.suppressed.kind === 'config')).toBe(true);
  });

  it('matches hosts by name, wildcard subdomain or URL, case-insensitively', () => {
    expect(hostMatches('NPM.Acme.Example', 'npm.acme.example')).toBe(true);
    expect(hostMatches('npm.acme.example', 'npm.acme.example:8443')).toBe(true);
    expect(hostMatches('a.b.acme.example', '*.acme.example')).toBe(true);
    expect(hostMatches('acme.example', '*.acme.example')).toBe(false);
    expect(hostMatches('evilacme.example', '*.acme.example')).toBe(false);
    expect(hostMatches('npm.acme.example', 'sparse+https://npm.acme.example/index/')).toBe(true);
    expect(hostMatches('npm.acme.example', 'not a url/')).toBe(false);
  });
});

describe('parseMarker (the inert-ignore comment reader)', () => {
  // The regex it replaced, kept here as the reference for what a marker is (tests only: it backtracks).
  const OLD =
    /(?:#|\/\/|;|--|\/\*|<!--)\s*inert-ignore\s+([a-z]+\/[a-z0-9-]+(?:\s*,\s*[a-z]+\/[a-z0-9-]+)*)\s*(?::\s*(.*?)\s*)?(?:\*\/|-->)?\s*$/;
  const old = (text: string) => {
    const m = OLD.exec(text);
    return m
      ? { ids: m[1]!.split(',').map((s) => s.trim()), reason: m[2] === undefined ? undefined : m[2] }
      : undefined;
  };

  it('reads the same ids and reason as the old regex on real-shaped comments', () => {
    for (const text of [
      '# inert-ignore npm/auth-token-committed: rotated, kept for the docs example',
      '  // inert-ignore gradle/maven-local, gradle/repo-insecure: local mirror',
      '<!-- inert-ignore npm/install-scripts: reviewed -->',
      '/* inert-ignore npm/install-scripts */',
      'x = 1 # inert-ignore pip/unpinned-requirement',
      '-- inert-ignore go/replace-local-path :  spaced reason   ',
      '; inert-ignore cargo/build-script:',
      '# inert-ignore npm/a ,npm/b,  npm/c : r',
      '# inert-ignore NPM/upper: no',
      '# inert-ignore npm/a, : dangling comma',
      '# inert-ignore npm/a trailing words',
      'inert-ignore npm/a: no opener',
    ]) {
      const now = parseMarker(text);
      expect(now ? { ids: now.ids, reason: now.reason } : undefined, text).toEqual(old(text));
    }
  });

  it('is linear on the inputs that made the old regex backtrack', () => {
    const spaces = ' '.repeat(1_000_000);
    expect(parseMarker(`# inert-ignore npm/a${spaces}:${spaces}x${spaces}`)?.reason).toBe('x');
    expect(parseMarker(`# inert-ignore npm/a${spaces}!`)).toBeUndefined();
    expect(parseMarker(`${'# inert-ignore '.repeat(50_000)}npm/a: ok`)).toBeUndefined();
  });
});
