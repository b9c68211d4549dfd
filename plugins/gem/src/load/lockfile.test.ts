/** Gemfile.lock sections with their lines. https://bundler.io/man/bundle-lock.1.html */
import { describe, expect, it } from 'vitest';
import { parseLockfile } from './lockfile.js';

const LOCK = `GIT
  remote: https://github.com/acme/sso.git
  revision: 0f3c9d2e4b1a6c8d7e5f4a3b2c1d0e9f8a7b6c5d
  branch: main
  specs:
    sso (2.0.0)
      rack (>= 2)

PATH
  remote: vendor/local
  specs:
    local (0.1.0)

GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.16.7)
    nokogiri (1.16.7-x86_64-linux-gnu)
    rack (3.1.8)

PLATFORMS
  ruby
  x86_64-linux

DEPENDENCIES
  local!
  nokogiri (~> 1.16)
  sso!

CHECKSUMS
  local (0.1.0)
  nokogiri (1.16.7) sha256=aa
  nokogiri (1.16.7-x86_64-linux-gnu) sha256=bb
  rack (3.1.8) sha256=cc

BUNDLED WITH
   2.6.2
`;

describe('parseLockfile', () => {
  const lock = parseLockfile(LOCK, 'Gemfile.lock', '');
  it('reads GIT, PATH and GEM specs with their sources and lines', () => {
    expect(lock.specs.map((s) => [s.name, s.version, s.platform, s.section, s.line])).toEqual([
      ['sso', '2.0.0', undefined, 'GIT', 6],
      ['local', '0.1.0', undefined, 'PATH', 12],
      ['nokogiri', '1.16.7', undefined, 'GEM', 17],
      ['nokogiri', '1.16.7', 'x86_64-linux-gnu', 'GEM', 18],
      ['rack', '3.1.8', undefined, 'GEM', 19],
    ]);
    expect(lock.specs[0]).toMatchObject({
      remote: 'https://github.com/acme/sso.git',
      revision: '0f3c9d2e4b1a6c8d7e5f4a3b2c1d0e9f8a7b6c5d',
      branch: 'main',
    });
    expect(lock.gitRemotes).toEqual([
      {
        url: 'https://github.com/acme/sso.git',
        line: 2,
        revision: '0f3c9d2e4b1a6c8d7e5f4a3b2c1d0e9f8a7b6c5d',
        branch: 'main',
      },
    ]);
    expect(lock.gemRemotes).toEqual([{ url: 'https://rubygems.org/', line: 15, section: 1 }]);
  });
  it('reads PLATFORMS, DEPENDENCIES, CHECKSUMS (entries without sha256 are not checksums) and BUNDLED WITH', () => {
    expect(lock.platforms.map((p) => p.name)).toEqual(['ruby', 'x86_64-linux']);
    expect(lock.dependencies.map((d) => [d.name, d.requirement])).toEqual([
      ['local', ''],
      ['nokogiri', '~> 1.16'],
      ['sso', ''],
    ]);
    expect([...lock.checksums!].sort()).toEqual(['nokogiri-1.16.7', 'nokogiri-1.16.7-x86_64-linux-gnu', 'rack-3.1.8']);
    expect(lock.checksumsLine).toBe(30);
    expect(lock.bundledWith).toBe('2.6.2');
    expect(lock.unknownSections).toEqual([]);
  });
  it('has no checksums set without a CHECKSUMS section, and handles CRLF', () => {
    const plain = parseLockfile(
      'GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rake (13.0.0)\r\n',
      'Gemfile.lock',
      '',
    );
    expect(plain.checksums).toBeUndefined();
    expect(plain.specs.map((s) => s.name)).toEqual(['rake']);
  });
  it('reads around lines over 10,000 characters and reports the first as a limit problem (the scan is incomplete, never quietly shorter)', () => {
    const problems: import('@inert/core').ParseProblem[] = [];
    const padded = `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${'x'.repeat(10_001)} (1.0.0)\n    rake (13.0.0)\n    ${'y'.repeat(20_000)}\n`;
    const lock = parseLockfile(padded, 'Gemfile.lock', '', problems);
    expect(lock.specs.map((s) => s.name)).toEqual(['rake']);
    expect(problems).toEqual([
      {
        file: 'Gemfile.lock',
        kind: 'limit',
        reason: '2 lines longer than 10,000 characters (from line 4) not read',
        line: 4,
        column: 1,
      },
    ]);
    const none: import('@inert/core').ParseProblem[] = [];
    parseLockfile('GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.0)\n', 'Gemfile.lock', '', none);
    expect(none).toEqual([]);
  });
});
