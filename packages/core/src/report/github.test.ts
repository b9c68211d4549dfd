import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import type { ScanResult } from '../result.js';
import { escapeCommandData, escapeCommandProperty, pathPrefix, renderGithub } from './github.js';

const finding = (over: Partial<Finding>): Finding => ({
  check: 'npm/install-scripts',
  messageId: 'm',
  question: 'install-time-execution',
  ecosystem: 'npm',
  severity: 'high',
  confidence: 'high',
  message: 'esbuild has install scripts',
  location: { path: 'package-lock.json', line: 19, column: 7, endLine: 19, endColumn: 25 },
  remediation: 'Block them.',
  fingerprint: '0'.repeat(32),
  ...over,
});

const result = (findings: Finding[], files: ScanResult['files'] = []): ScanResult => ({
  schemaVersion: 1,
  tool: { name: 'inert', version: '0.1.0' },
  root: '/repo',
  findings,
  answers: [],
  inventory: { packages: [], sources: [], hooks: [], executableManifests: [], commands: [], clients: [] },
  files,
});

describe('workflow command escaping (actions/toolkit command.ts rules)', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeCommandData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('normalises the path prefix', () => {
    expect(pathPrefix(undefined)).toBe('');
    expect(pathPrefix('.')).toBe('');
    expect(pathPrefix('./services/api/')).toBe('services/api/');
  });
});

describe('renderGithub', () => {
  it('prints one command per finding, by severity, with the location and a title', () => {
    const out = renderGithub(
      result([
        finding({}),
        finding({ severity: 'medium', location: { path: 'a.json', line: 1, column: 1 } }),
        finding({ severity: 'info', location: { path: 'b.json', line: 2, column: 3 } }),
      ]),
    );
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=package-lock.json,line=19,col=7,endLine=19,endColumn=25,title=inert npm/install-scripts (high)::esbuild has install scripts%0A%0AFix: Block them.',
    );
    expect(lines[1]).toMatch(/^::warning file=a\.json,line=1,col=1,title=/);
    expect(lines[2]).toMatch(/^::notice file=b\.json,line=2,col=3,title=/);
    expect(lines[3]).toBe('::notice title=inert::inert: 3 findings');
  });

  it('a hostile file name cannot end the property list or inject a second command', () => {
    const out = renderGithub(
      result([
        finding({
          location: { path: 'x,line=1::\n::error::pwned.json', line: 1, column: 1 },
          message: 'm\n::error file=y::injected\u001b[31m',
        }),
      ]),
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('file=x%2Cline=1%3A%3A\\n%3A%3Aerror%3A%3Apwned.json,line=1');
    expect(lines[0]).toContain('::m%0A::error file=y::injected\\x1b[31m');
    expect(lines[0]).not.toContain('\u001b');
  });

  it('leaves suppressed findings out but counts them, and says when the scan is incomplete', () => {
    const out = renderGithub(
      result(
        [finding({ suppressed: { kind: 'config', reason: 'reviewed' } })],
        [{ path: 'yarn.lock', ecosystem: 'npm', kind: 'lockfile', status: 'unparsed', reason: 'bad' }],
      ),
    );
    expect(out).toBe(
      '::warning title=inert::inert: 0 findings, 1 suppressed (listed in the JSON and SARIF reports); 1 file could not be read, so the scan is incomplete\n',
    );
  });

  it('prefixes paths with the scanned directory', () => {
    expect(renderGithub(result([finding({})]), { pathPrefix: 'services/api' })).toContain(
      'file=services/api/package-lock.json,',
    );
  });
});
