import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { emptyInventory, type InventoryCommand, type InventoryPackage } from '../inventory.js';
import type { ScanResult } from '../result.js';
import { diffScans } from './diff.js';
import { matchFindings, stableMessage } from './findings.js';
import { diffCommands, diffPackages } from './inventory.js';

function finding(over: Partial<Finding> & { line?: number } = {}): Finding {
  const { line = 1, ...rest } = over;
  return {
    check: 'ci/unpinned-action',
    messageId: 'tag',
    question: 'own-supply-chain',
    ecosystem: 'ci',
    severity: 'low',
    confidence: 'high',
    message: '`a/b@v1` is referenced by `v1`',
    location: { path: '.github/workflows/ci.yml', line, column: 15 },
    remediation: 'Pin it.',
    fingerprint: 'f1',
    ...rest,
  };
}

function pkg(over: Partial<InventoryPackage> = {}): InventoryPackage {
  return {
    ecosystem: 'npm',
    name: 'left-pad',
    version: '1.3.0',
    source: { kind: 'registry', url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' },
    integrity: 'sha512',
    installScripts: false,
    file: 'package-lock.json',
    ...over,
  };
}

function command(over: Partial<InventoryCommand> = {}): InventoryCommand {
  return {
    ecosystem: 'npm',
    file: '.github/workflows/ci.yml',
    line: 10,
    command: 'npm ci',
    action: 'install',
    classification: 'strict',
    job: 'test',
    ...over,
  };
}

describe('matchFindings', () => {
  it('blanks line, column and position numbers in messages, not versions', () => {
    expect(stableMessage('checks out (`ref: x`, line 12), then `npm ci` at line 3, column 9')).toBe(
      'checks out (`ref: x`, line #), then `npm ci` at line #, column #',
    );
    expect(stableMessage('esbuild@0.21.5 at position 136')).toBe('esbuild@0.21.5 at position #');
  });

  it('a finding on another line with the same message is unchanged, not new and gone', () => {
    const m = matchFindings(
      [finding({ line: 13, message: 'fetched at line 13' })],
      [finding({ line: 15, message: 'fetched at line 15' })],
    );
    expect(m).toEqual({ new: [], newSuppressed: [], suppressedByChange: [], gone: [], unchanged: 1 });
  });

  it('reports the finding that was inserted, not the last of a repeated kind (ordinal fingerprints shift)', () => {
    const base = [
      finding({ line: 10, message: '`a/b@v1` is referenced by `v1`', fingerprint: 'n1' }),
      finding({ line: 20, message: '`c/d@v2` is referenced by `v2`', fingerprint: 'n2' }),
    ];
    const head = [
      finding({ line: 5, message: '`x/y@main` is referenced by `main`', fingerprint: 'n1' }),
      finding({ line: 12, message: '`a/b@v1` is referenced by `v1`', fingerprint: 'n2' }),
      finding({ line: 22, message: '`c/d@v2` is referenced by `v2`', fingerprint: 'n3' }),
    ];
    const m = matchFindings(base, head);
    expect(m.new.map((f) => f.message)).toEqual(['`x/y@main` is referenced by `main`']);
    expect(m.gone).toEqual([]);
    expect(m.unchanged).toBe(2);
  });

  it('a higher severity, or another version of the package, is new and says what it replaces', () => {
    const raised = matchFindings(
      [finding({ severity: 'low', message: 'blocked', fingerprint: 'k' })],
      [finding({ severity: 'high', message: 'runs', fingerprint: 'k' })],
    );
    expect(raised.new).toEqual([
      expect.objectContaining({ severity: 'high', previous: { severity: 'low', message: 'blocked' } }),
    ]);
    const lowered = matchFindings(
      [finding({ severity: 'high', message: 'runs', fingerprint: 'k' })],
      [finding({ severity: 'low', message: 'blocked', fingerprint: 'k' })],
    );
    expect(lowered.new).toEqual([]);
    expect(lowered.unchanged).toBe(1);
    const bumped = matchFindings(
      [finding({ package: { name: 'sharp', version: '0.33.5' }, fingerprint: 'a', message: 'sharp@0.33.5' })],
      [finding({ package: { name: 'sharp', version: '0.34.1' }, fingerprint: 'b', message: 'sharp@0.34.1' })],
    );
    expect(bumped.new.map((f) => f.previous?.package)).toEqual([{ name: 'sharp', version: '0.33.5' }]);
    expect(bumped.gone).toEqual([]);
  });

  it('keeps suppressed new findings apart and names findings the change suppresses', () => {
    const suppressed = { kind: 'inline' as const, reason: 'fine', line: 4 };
    const m = matchFindings(
      [finding({ fingerprint: 'a' })],
      [
        finding({ fingerprint: 'a', suppressed }),
        finding({ check: 'ci/lax-install', message: 'npm install', fingerprint: 'b', suppressed }),
      ],
    );
    expect(m.new).toEqual([]);
    expect(m.newSuppressed.map((f) => f.check)).toEqual(['ci/lax-install']);
    expect(m.suppressedByChange.map((f) => f.check)).toEqual(['ci/unpinned-action']);
  });

  it('orders new findings most severe first', () => {
    const m = matchFindings(
      [],
      [
        finding({ severity: 'low', fingerprint: 'a', message: 'a' }),
        finding({ severity: 'critical', fingerprint: 'b', message: 'b' }),
        finding({ severity: 'medium', fingerprint: 'c', message: 'c' }),
      ],
    );
    expect(m.new.map((f) => f.severity)).toEqual(['critical', 'medium', 'low']);
  });
});

describe('inventory changes', () => {
  it('pairs versions of the same package as changed, and reports lost hashes and new hooks', () => {
    const d = diffPackages(
      [pkg(), pkg({ name: 'sharp', version: '0.33.5', installScripts: true })],
      [
        pkg({ integrity: null }),
        pkg({ name: 'sharp', version: '0.34.1', installScripts: true }),
        pkg({ name: 'esbuild', installScripts: null }),
      ],
    );
    expect(d.added.map((p) => p.name)).toEqual(['esbuild']);
    expect(d.changed.map((c) => `${c.before.name}@${c.before.version}→${c.after.version}`)).toEqual([
      'sharp@0.33.5→0.34.1',
      'left-pad@1.3.0→1.3.0',
    ]);
    expect(d.installTime.map((p) => p.name)).toEqual(['sharp']);
    expect(d.installTimeUnknown).toBe(1);
    expect(d.integrityLost.map((c) => c.after.name)).toEqual(['left-pad']);
  });

  it('a new tarball URL on the same registry is no source change; another host or a git source is', () => {
    expect(
      diffPackages(
        [pkg()],
        [
          pkg({
            version: '1.3.1',
            source: { kind: 'registry', url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.1.tgz' },
          }),
        ],
      ).changed,
    ).toHaveLength(1);
    expect(
      diffPackages(
        [pkg()],
        [pkg({ source: { kind: 'registry', url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' } })],
      ).changed,
    ).toEqual([]);
    expect(
      diffPackages([pkg()], [pkg({ source: { kind: 'git', url: 'git+https://github.com/x/left-pad.git#abc' } })])
        .changed,
    ).toHaveLength(1);
  });

  it('weakened commands: strict → lax, oidc → token, provenance dropped; a new command is added', () => {
    const publish = command({
      command: 'npm publish --provenance',
      action: 'publish',
      classification: 'unknown',
      auth: 'oidc',
      provenance: true,
      line: 20,
    });
    const d = diffCommands(
      [command(), publish],
      [
        command({ command: 'npm install', classification: 'lax', line: 11 }),
        { ...publish, command: 'npm publish', auth: 'token', provenance: false, line: 21 },
        command({ command: 'npm ci', file: '.github/workflows/new.yml' }),
      ],
    );
    expect(d.weakened.map((w) => w.change)).toEqual(['strict → lax', 'oidc → token, provenance dropped']);
    expect(d.added.map((c) => c.file)).toEqual(['.github/workflows/new.yml']);
    expect(d.removed).toEqual([]);
  });

  it('a job token replaced by a stored token is weaker; a stored token replaced by the job token is not', () => {
    const publish = command({ command: 'docker push x', action: 'publish', classification: 'unknown', line: 20 });
    const jobToken = { ...publish, auth: 'job-token' as const };
    const stored = { ...publish, auth: 'token' as const };
    expect(diffCommands([jobToken], [{ ...stored, line: 21 }]).weakened.map((w) => w.change)).toEqual([
      'job-token → token',
    ]);
    expect(diffCommands([stored], [{ ...jobToken, line: 21 }]).weakened).toEqual([]);
  });

  it('a command moved to another line, or made stricter, is not reported', () => {
    const d = diffCommands([command({ command: 'npm install', classification: 'lax' })], [command({ line: 30 })]);
    expect(d).toEqual({ added: [], removed: [], weakened: [] });
  });
});

describe('diffScans', () => {
  const result = (over: Partial<ScanResult>): ScanResult => ({
    schemaVersion: 1,
    tool: { name: 'inert', version: '0' },
    root: '/r',
    findings: [],
    answers: [],
    inventory: emptyInventory(),
    files: [],
    ...over,
  });
  it("carries both sides' gaps and the files added and removed", () => {
    const d = diffScans(
      result({ files: [{ path: 'a', ecosystem: 'npm', kind: 'lockfile', status: 'parsed' }] }),
      result({
        files: [{ path: 'b', ecosystem: 'npm', kind: 'lockfile', status: 'parsed' }],
        incomplete: [{ path: 'b', reason: 'too big' }],
      }),
    );
    expect(d.files).toEqual({ added: ['b'], removed: ['a'] });
    expect(d.base.incomplete).toBeUndefined();
    expect(d.head.incomplete).toEqual([{ path: 'b', reason: 'too big' }]);
  });
});

describe('renderDiffMarkdown', () => {
  it('makes no GitHub mention from a scoped package name, and escapes what the tree controls', async () => {
    const { renderDiffMarkdown } = await import('./render-markdown.js');
    const base: ScanResult = {
      schemaVersion: 1,
      tool: { name: 'inert', version: '0' },
      root: '/b',
      findings: [],
      answers: [],
      inventory: emptyInventory(),
      files: [],
    };
    const head: ScanResult = {
      ...base,
      root: '/h',
      inventory: { ...emptyInventory(), packages: [pkg({ name: '@acme/security-team', version: '1.0.0' })] },
      findings: [
        finding({ message: 'ping @octocat and @acme/security-team via x@1.0.0 <img src=x>', fingerprint: 'z' }),
      ],
    };
    const md = renderDiffMarkdown(diffScans(base, head));
    expect(md).toContain('| added | npm `@`acme/security-team | 1.0.0 |');
    expect(md).toContain('ping `@`octocat and `@`acme/security-team via x@1.0.0 \\<img src=x\\>');
    expect(md).not.toMatch(/(^|[^`\w])@[a-z]/m);
  });
});
