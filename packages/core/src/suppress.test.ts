import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { applySuppressions, toBaseline } from './suppress.js';

const finding = (path: string, line: number, check = 'npm/auth-token-committed'): Finding => ({
  check, messageId: 'm', question: 'publish-credentials', ecosystem: 'npm', severity: 'high', confidence: 'high',
  message: 'x', location: { path, line, column: 1 }, remediation: 'r', fingerprint: `${path}:${line}:${check}`,
});

describe('applySuppressions', () => {
  const npmrc = '# inert-ignore npm/auth-token-committed: test fixture token, revoked\n//r/:_authToken=abc\nalways-auth=true # inert-ignore npm/other-check\n//s/:_password=x # inert-ignore npm/auth-token-committed, npm/registry-config: kept\n//t/:_auth=y\n';
  const texts = new Map([['.npmrc', npmrc], ['a.json', '{}']]);

  it('reads comments on the same line and on the line above, for the named checks only', () => {
    const fs = applySuppressions([finding('.npmrc', 2), finding('.npmrc', 3), finding('.npmrc', 4), finding('.npmrc', 5)], { texts });
    expect(fs.map((f) => f.suppressed)).toEqual([
      { kind: 'inline', reason: 'test fixture token, revoked', line: 1 },
      undefined,
      { kind: 'inline', reason: 'kept', line: 4 },
      undefined, // line 4's trailing comment does not cover line 5
    ]);
  });

  it('matches config entries by check, path prefix, package or fingerprint', () => {
    const fs = applySuppressions([finding('a/.npmrc', 1), finding('b/.npmrc', 1), finding('c/.npmrc', 1, 'npm/lockfile-missing')], {
      entries: [{ check: 'npm/auth-token-committed', path: 'a', reason: 'fixture' }, { check: 'npm/*', fingerprint: 'c/.npmrc:1:npm/lockfile-missing', reason: 'fp' }],
    });
    expect(fs.map((f) => f.suppressed?.reason)).toEqual(['fixture', undefined, 'fp']);
  });

  it('writes a baseline of the unsuppressed findings and reads it back', () => {
    const fs = applySuppressions([finding('.npmrc', 2), finding('.npmrc', 5)], { texts });
    const baseline = toBaseline(fs);
    expect(baseline.findings.map((f) => f.fingerprint)).toEqual(['.npmrc:5:npm/auth-token-committed']);
    const again = applySuppressions([finding('.npmrc', 5), finding('.npmrc', 9)], { baseline });
    expect(again.map((f) => f.suppressed?.kind)).toEqual(['baseline', undefined]);
  });
});
