/** The Bundler versions a Gemfile.lock selects (BUNDLED WITH) or implies (CHECKSUMS). https://bundler.io/blog/2022/01/23/bundler-v2-3.html */
import { describe, expect, it } from 'vitest';
import { lockClients, plainVersion } from './clients.js';
import { parseLockfile } from './lockfile.js';

const clientsOf = (text: string, path = 'Gemfile.lock') => lockClients(parseLockfile(text, path, ''));

const LOCK_26 = `GEM
  remote: https://rubygems.org/
  specs:
    rack (3.1.8)

PLATFORMS
  ruby

DEPENDENCIES
  rack

CHECKSUMS
  rack (3.1.8) sha256=d4a8e2b6c0f3a7d1e5b9c3f7a1d5e9b3c7f1a5d9e3b7c1f5a9d3e7b1c5f9a3d7

RUBY VERSION
   ruby 3.3.0p0

BUNDLED WITH
   2.6.2
`;

describe('plainVersion', () => {
  it('accepts dotted releases and strips a leading v', () => {
    expect(plainVersion('2.5.6')).toBe('2.5.6');
    expect(plainVersion('  2.6.2 ')).toBe('2.6.2');
    expect(plainVersion('v4.0.1')).toBe('4.0.1');
    expect(plainVersion('1.17')).toBe('1.17');
  });
  it('rejects pre-releases, ranges, placeholders and junk', () => {
    for (const bad of [
      '4.0.0.beta2',
      '4.0.0.dev',
      '2.6.0.pre.1',
      '~> 2.5',
      '>= 2',
      '${BUNDLER_VERSION}',
      '2.5.6 extra',
      '',
      'x',
      '2..5',
      '.2',
      '2.',
      '1234567890.1',
      '1.2.3.4.5.6.7',
      '__proto__',
    ])
      expect(plainVersion(bad), bad).toBeUndefined();
  });
});

describe('lockClients', () => {
  it('reads BUNDLED WITH as the exact version (line of the version) and CHECKSUMS as since 2.5.0 (line of the header)', () => {
    expect(clientsOf(LOCK_26)).toEqual([
      {
        ecosystem: 'gem',
        client: 'bundler',
        version: '2.6.2',
        evidence: 'Gemfile.lock BUNDLED WITH',
        file: 'Gemfile.lock',
        line: 19,
      },
      {
        ecosystem: 'gem',
        client: 'bundler',
        since: '2.5.0',
        evidence: 'Gemfile.lock CHECKSUMS section (written by Bundler 2.5+)',
        file: 'Gemfile.lock',
        line: 12,
      },
    ]);
  });
  it('reads the two-space indent of Bundler 4 lockfiles and names the lock in the evidence', () => {
    expect(
      clientsOf('GEM\n  remote: https://rubygems.org/\n  specs:\n\nBUNDLED WITH\n  4.0.3\n', 'app/gems.locked'),
    ).toEqual([
      {
        ecosystem: 'gem',
        client: 'bundler',
        version: '4.0.3',
        evidence: 'gems.locked BUNDLED WITH',
        file: 'app/gems.locked',
        line: 6,
      },
    ]);
  });
  it('treats an empty CHECKSUMS section (the Bundler 2.5 opt-in) as evidence too', () => {
    expect(
      clientsOf('GEM\n  specs:\n\nCHECKSUMS\n\nBUNDLED WITH\n   2.5.6\n').map((c) => [
        c.version ?? `>= ${c.since}`,
        c.line,
      ]),
    ).toEqual([
      ['2.5.6', 7],
      ['>= 2.5.0', 4],
    ]);
  });
  it('says nothing for a lock without either section, or with a pre-release or junk BUNDLED WITH', () => {
    expect(clientsOf('GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.2.1)\n')).toEqual([]);
    expect(clientsOf('BUNDLED WITH\n   4.0.0.dev\n')).toEqual([]);
    expect(clientsOf('BUNDLED WITH\n   <%= Bundler::VERSION %>\n')).toEqual([]);
    expect(clientsOf('BUNDLED WITH\n')).toEqual([]);
    // CRLF and a second (junk) line: the first line wins.
    expect(clientsOf('BUNDLED WITH\r\n   2.4.22\r\n   9.9.9\r\n').map((c) => [c.version, c.line])).toEqual([
      ['2.4.22', 2],
    ]);
  });
  it('never throws on hostile lockfiles', () => {
    for (const text of [
      'BUNDLED WITH\n   ' + '9'.repeat(20000) + '\n',
      'BUNDLED WITH\n   ' + '1.'.repeat(5000) + '1\n',
      'CHECKSUMS\n'.repeat(1000),
      '\0BUNDLED WITH\n\0\n',
      'BUNDLED WITH\n   __proto__\n',
    ])
      expect(Array.isArray(clientsOf(text))).toBe(true);
  });
});
