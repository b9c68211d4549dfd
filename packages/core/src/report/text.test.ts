import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { emptyInventory } from '../inventory.js';
import type { ScanResult } from '../result.js';
import { renderText } from './text.js';

const finding = (over: Partial<Finding> & Pick<Finding, 'check' | 'question'>): Finding => ({
  messageId: 'm',
  ecosystem: 'npm',
  severity: 'high',
  confidence: 'high',
  message: `${over.check} found`,
  location: { path: 'package-lock.json', line: 1, column: 1 },
  remediation: 'Fix it.',
  fingerprint: over.check,
  ...over,
});

const result = (findings: Finding[]): ScanResult => ({
  schemaVersion: 1,
  tool: { name: 'inert', version: 'test' },
  root: '/repo',
  findings,
  answers: [
    { question: 'install-time-execution', ecosystem: 'npm', status: 'exposed', findings: 2 },
    { question: 'lockfile-integrity', ecosystem: 'npm', status: 'not-observed', findings: 0 },
  ],
  inventory: emptyInventory(),
  files: [
    { path: 'package-lock.json', ecosystem: 'npm', kind: 'lockfile', status: 'parsed' },
    { path: 'yarn.lock', ecosystem: 'npm', kind: 'lockfile', status: 'unparsed', reason: 'invalid at line 3' },
  ],
});

const sample = result([
  finding({
    check: 'npm/auth-token-committed',
    question: 'publish-credentials',
    location: { path: '.npmrc', line: 2, column: 1 },
    severity: 'critical',
  }),
  finding({
    check: 'npm/install-scripts',
    question: 'install-time-execution',
    location: { path: 'package-lock.json', line: 40, column: 7 },
  }),
  finding({
    check: 'npm/root-install-scripts',
    question: 'install-time-execution',
    location: { path: 'package.json', line: 5, column: 5 },
    severity: 'medium',
  }),
  finding({
    check: 'npm/install-scripts',
    question: 'install-time-execution',
    location: { path: 'package-lock.json', line: 90, column: 7 },
    fingerprint: 'x',
    suppressed: { kind: 'config', reason: 'reviewed' },
  }),
]);

describe('renderText', () => {
  it('lists groups most severe first, folds repeats, leaves suppressed ones out', () => {
    const text = renderText(sample, { summary: false });
    expect(text).toBe(
      [
        'critical npm/auth-token-committed',
        '  .npmrc:2:1  npm/auth-token-committed found',
        'high     npm/install-scripts',
        '  package-lock.json:40:7  npm/install-scripts found',
        'medium   npm/root-install-scripts',
        '  package.json:5:5  npm/root-install-scripts found',
        '',
        '',
      ].join('\n'),
    );
  });

  it('starts with counts and the three things to do first; info only with --verbose; repeats folded', () => {
    const many = result([
      ...['esbuild', 'sharp', 'vite', 'rollup'].map((name, i) =>
        finding({
          check: 'npm/install-scripts',
          question: 'install-time-execution',
          package: { name },
          location: { path: 'package-lock.json', line: 10 + i, column: 5 },
          fingerprint: name,
        }),
      ),
      finding({
        check: 'npm/root-install-scripts',
        question: 'install-time-execution',
        severity: 'info',
        location: { path: 'package.json', line: 5, column: 5 },
      }),
    ]);
    const text = renderText(many);
    const lines = text.split('\n');
    expect(lines[0]).toBe('5 findings: 4 high, 1 info (1 info not listed: --verbose lists them)');
    expect(lines[1]).toBe('Do first:');
    expect(lines[2]).toBe('  1. high npm/install-scripts (4 findings: esbuild, sharp, vite and 1 more)');
    expect(lines[3]).toBe('     Fix it.');
    expect(text).toContain(
      'high     npm/install-scripts, 4 findings: esbuild, sharp, vite and 1 more\n  package-lock.json:10:5  npm/install-scripts found\n  and 3 more like it (--verbose lists them)\n',
    );
    expect(text).not.toContain('root-install-scripts found');
    const verbose = renderText(many, { verbose: true });
    expect(verbose).toContain('package-lock.json:13:5');
    expect(verbose).toContain('info     npm/root-install-scripts');
  });

  it('ends with the answers table and a summary line counting suppressed findings', () => {
    const text = renderText(sample);
    expect(text).toContain('install-time-execution   EXPOSED 2\n');
    expect(text).toContain('lockfile-integrity       ok\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '3 findings (1 critical, 1 high, 1 medium), 1 suppressed in /repo: 2 files claimed (1 parsed), 0 locked packages, ecosystems: npm.',
    );
  });

  it('colours only when asked, and escapes hostile strings before colouring', () => {
    const hostile = result([
      finding({
        check: 'npm/install-scripts',
        question: 'install-time-execution',
        message: 'evil\u001b[2J\u202e',
        location: { path: 'a\nb/package-lock.json', line: 1, column: 1 },
      }),
    ]);
    const plain = renderText(hostile);
    expect(plain).not.toContain('\u001b');
    expect(plain).not.toContain('\u202e');
    const coloured = renderText(hostile, { color: true });
    expect(coloured).toContain('\u001b[31mhigh    \u001b[0m');
    expect(coloured).toContain('\u001b[31mEXPOSED 2\u001b[0m');
    // Only our own SGR sequences remain: every escape starts "ESC [ digits m".
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toContain('\u001b');
    expect(coloured).not.toContain('\u202e');
  });

  it('with verbose, shows evidence, related locations, the fix, and the files not fully read', () => {
    const verbose = result([
      finding({
        check: 'npm/install-scripts',
        question: 'install-time-execution',
        evidence: 'node install.js',
        related: [{ path: 'package.json', line: 3, column: 5 }],
      }),
    ]);
    const text = renderText(verbose, { verbose: true, summary: false });
    expect(text).toContain('      evidence: node install.js\n      see package.json:3:5\n      fix: Fix it.\n');
    expect(text).toContain('Files not fully read\n  yarn.lock  unparsed: invalid at line 3\n');
    expect(renderText(verbose, { summary: false })).not.toContain('Files not fully read');
  });

  it('with verbose, lists the client versions the checkout selects or implies, escaped', () => {
    const r = result([]);
    r.inventory.clients.push({
      ecosystem: 'npm',
      client: 'pnpm',
      version: '9.1.0',
      evidence: 'package.json packageManager',
      file: 'a\u001b[2Jb/package.json',
      line: 5,
    });
    const text = renderText(r, { verbose: true, summary: false });
    expect(text).toContain('Client versions selected or implied\n  pnpm 9.1.0');
    expect(text).toContain('/package.json:5  package.json packageManager');
    expect(text).not.toContain('\u001b[2J');
    expect(renderText(r, { summary: false })).not.toContain('Client versions');
  });
});
