import { describe, expect, it } from 'vitest';
import { clientsOf, gotoolchain, toolchainVersion } from './clients.js';
import { envFromCi, envFromDockerfile, envFromLines } from './env.js';
import { parseGoMod, parseGoWork } from './go-mod.js';

const none = { mods: [], works: [], env: [] };

describe('clientsOf', () => {
  it('reads go and toolchain lines of go.mod as minimums, with their lines', () => {
    const mod = parseGoMod(
      'module example.com/app\n\ngo 1.22.1\n\ntoolchain go1.22.3\n\nrequire github.com/google/uuid v1.6.0\n',
      'svc/go.mod',
      'svc',
    );
    expect(clientsOf({ ...none, mods: [mod] })).toEqual([
      { ecosystem: 'go', client: 'go', since: '1.22.1', evidence: 'go.mod go directive', file: 'svc/go.mod', line: 3 },
      {
        ecosystem: 'go',
        client: 'go',
        since: '1.22.3',
        evidence: 'go.mod toolchain directive',
        file: 'svc/go.mod',
        line: 5,
      },
    ]);
  });

  it('reads go.work go and toolchain lines the same way', () => {
    const work = parseGoWork('go 1.23.0 // workspace\n\ntoolchain go1.23.4\n\nuse (\n\t./a\n)\n', 'go.work', '');
    expect(clientsOf({ ...none, works: [work] })).toEqual([
      { ecosystem: 'go', client: 'go', since: '1.23.0', evidence: 'go.work go directive', file: 'go.work', line: 1 },
      {
        ecosystem: 'go',
        client: 'go',
        since: '1.23.4',
        evidence: 'go.work toolchain directive',
        file: 'go.work',
        line: 3,
      },
    ]);
  });

  it('accepts a language version without a patch number (`go 1.22`)', () => {
    expect(clientsOf({ ...none, mods: [parseGoMod('module m\ngo 1.22\n', 'go.mod', '')] })).toMatchObject([
      { since: '1.22', line: 2 },
    ]);
  });

  it('emits nothing for no directive, `toolchain default`, pre-releases, custom names and garbage', () => {
    for (const text of [
      'module m\n',
      'module m\ntoolchain default\n',
      'module m\ngo 1.23rc1\ntoolchain go1.23rc2\n',
      'module m\ntoolchain go1.22.3-custom\n',
      'module m\ngo $GO_VERSION\ntoolchain 1.22.3\n',
      'module m\ngo >=1.21\ngo v1.22\n',
      'module m\ngo\ntoolchain\n',
      'module m\ngo 1.22.1.1\ngo 01.22\ngo 1.\n',
    ]) {
      expect(clientsOf({ ...none, mods: [parseGoMod(text, 'go.mod', '')] }), text).toEqual([]);
    }
  });

  it('reads GOTOOLCHAIN: an exact toolchain, or a minimum with +auto/+path', () => {
    const env = [
      ...envFromLines('GOTOOLCHAIN=go1.22.3\n', 'go.env', 'go.env'),
      ...envFromLines('# direnv\nexport GOTOOLCHAIN=go1.23.4+auto\n', '.envrc', '.envrc'),
      ...envFromDockerfile('FROM golang:1.22\nENV GOTOOLCHAIN go1.22.5+path\n', 'Dockerfile'),
    ];
    const ci = envFromCi('on: push\nenv:\n  GOTOOLCHAIN: go1.24.1\njobs: {}\n', '.github/workflows/ci.yml');
    expect(Array.isArray(ci)).toBe(true);
    expect(clientsOf({ ...none, env: [...env, ...(ci as typeof env)] })).toEqual([
      { ecosystem: 'go', client: 'go', version: '1.22.3', evidence: 'go.env GOTOOLCHAIN', file: 'go.env', line: 1 },
      { ecosystem: 'go', client: 'go', since: '1.23.4', evidence: '.envrc GOTOOLCHAIN', file: '.envrc', line: 2 },
      {
        ecosystem: 'go',
        client: 'go',
        since: '1.22.5',
        evidence: 'Dockerfile ENV GOTOOLCHAIN',
        file: 'Dockerfile',
        line: 2,
      },
      {
        ecosystem: 'go',
        client: 'go',
        version: '1.24.1',
        evidence: 'workflow env GOTOOLCHAIN',
        file: '.github/workflows/ci.yml',
        line: 3,
      },
    ]);
  });

  it('ignores GOTOOLCHAIN values that name no version, and other variables', () => {
    const env = envFromLines(
      [
        'GOTOOLCHAIN=local',
        'GOTOOLCHAIN=auto',
        'GOTOOLCHAIN=path',
        'GOTOOLCHAIN=local+auto',
        'GOTOOLCHAIN=',
        'GOTOOLCHAIN=${GO_VERSION}',
        'GOTOOLCHAIN=go1.21rc3',
        'GOTOOLCHAIN=go1.22.3+auto+path',
        'GOTOOLCHAIN=go1.22.3+sha',
        'GOTOOLCHAIN=1.22.3',
        'GOPROXY=go1.22.3',
      ].join('\n'),
      'go.env',
      'go.env',
    );
    expect(env.length).toBeGreaterThan(9);
    expect(clientsOf({ ...none, env })).toEqual([]);
  });

  it('never throws on hostile values', () => {
    const hostile = [
      '',
      ' ',
      '+auto',
      'go',
      'go+auto',
      'go1.2.3.4.5+auto',
      '\u0000go1.22',
      'go1.22\n1.23',
      'go'.repeat(10_000),
      '1'.repeat(10_000) + '.1',
      'go1.22.3 +auto',
      '__proto__',
      'constructor',
    ];
    for (const v of hostile) {
      expect(() => gotoolchain(v)).not.toThrow();
      expect(() => toolchainVersion(v)).not.toThrow();
      expect(() =>
        clientsOf({
          mods: [parseGoMod(`module m\ngo ${v}\ntoolchain ${v}\n`, 'go.mod', '')],
          works: [parseGoWork(`go ${v}\n`, 'go.work', '')],
          env: [{ name: 'GOTOOLCHAIN', value: v, at: { file: 'go.env', line: 1, column: 1 }, origin: 'go.env' }],
        }),
      ).not.toThrow();
    }
    expect(gotoolchain('go1.2.3.4.5+auto')).toBeUndefined();
    expect(gotoolchain(' go1.22.3+auto ')).toEqual({ since: '1.22.3' });
  });
});
