/**
 * Bundler server-credential keys without the regex eslint-plugin-regexp flagged super-linear
 * (#20 class 3): read as the old regex read them, and linear on a pathological key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear, expectLinearAsync, MB, repeatTo, withQuadratic } from '@inert/testing';
import { parseLockfile } from './load/lockfile.js';
import { MAX_RUBY_DANGEROUS_CALLS, MAX_RUBY_MANIFEST_BYTES, MAX_RUBY_PARSE_CPU_MS, parseRuby } from './load/ruby.js';
import { isServerCredentialKey } from './checks/credentials-committed.js';

const OLD =
  /^BUNDLE_(?!MIRROR|BUILD|DISABLE|FROZEN|DEPLOYMENT|PATH|WITHOUT|WITH|JOBS|RETRY|BIN|GEMFILE|APP_CONFIG|CACHE|SET|FORCE|NO_|SPECIFIC|AUTO|SILENCE|CLEAN|IGNORE|LOCKFILE)[A-Z0-9_]+__[A-Z0-9_]+$/;

describe('Bundler server-credential keys read as the replaced regex read them', () => {
  it('on realistic keys', () => {
    for (const [key, credential] of [
      ['BUNDLE_GEMS__CONTRIBSYS__COM', true],
      ['BUNDLE_RUBYGEMS__PKG__GITHUB__COM', true],
      ['BUNDLE_GITHUB__COM', true],
      ['BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/', false],
      ['BUNDLE_FROZEN', false],
      ['BUNDLE_PATH', false],
      ['BUNDLE_WITHOUT', false],
      ['BUNDLE_X__', false],
      ['BUNDLE___X', false],
      ['BUNDLE_A___B', true],
      ['BUNDLE_localhost__8080', false],
      ['GEM_HOST_API_KEY', false],
    ] as const) {
      expect(isServerCredentialKey(key), key).toBe(credential);
      expect(OLD.test(key), key).toBe(credential);
    }
  });

  it('on generated keys of the pieces that trip it', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('_', '__', 'A', '9', 'a', '.', 'PATH', 'NO_', '\n'), { maxLength: 16 })
          .map((p) => `BUNDLE_${p.join('')}`),
        (key) => {
          expect(isServerCredentialKey(key)).toBe(OLD.test(key));
        },
      ),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('Bundler server-credential keys are linear', () => {
  it.each([
    ['1 MB of _ then a lower-case letter', (n: number) => `BUNDLE_X${repeatTo('_', n)}a`],
    ['1 MB of A__ then a NUL', (n: number) => `BUNDLE_${repeatTo('A__', n)}\0`],
    ['1 MB of NULs', (n: number) => `BUNDLE_${repeatTo('\0', n)}`],
  ])('%s', (_what, make) => {
    expectLinear(isServerCredentialKey, make, { start: MB });
  });
});

describe('Gemfile.lock and Gemfile readers are linear', () => {
  it.each([
    [
      'Gemfile.lock: many specs',
      (n: number) =>
        `GEM\n  remote: https://rubygems.org/\n  specs:\n${repeatTo('    rack (3.0.0)\n', n)}\nDEPENDENCIES\n  rack\n`,
    ],
    ['Gemfile.lock: one long spec line', (n: number) => `GEM\n  specs:\n    ${repeatTo('a', n)} (1.0)\n`],
    ['Gemfile.lock: 1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['Gemfile.lock: 1 MB of quotes and parentheses', (n: number) => `GEM\n  specs:\n    ${repeatTo('"(', n)}\n`],
  ] as const)('%s', (_what, make) => {
    expectLinear((t: string) => parseLockfile(t, 'Gemfile.lock', ''), make, { start: MB / 4 });
  });

  // Through the Ruby syntax tree (web-tree-sitter): async, so timed from call to settling.
  const gemfiles = [
    ['Gemfile: quotes', (n: number) => `gem "${repeatTo('\'"', n)}\n`, 6],
    [
      'Gemfile: many gem lines',
      (n: number) => `source "https://rubygems.org"\n${repeatTo('gem "rack", "~> 3.0"\n', n)}`,
      6,
    ],
    ['Gemfile: nested blocks', (n: number) => `${repeatTo('group :a do\n', n)}gem "x"\n${repeatTo('end\n', n)}`, 3],
  ] as const;
  // 4n (and the nested case's 2 x 4n) stays under MAX_RUBY_MANIFEST_BYTES: past it the parse is refused at once.
  const options = { start: 1 << 10, maxSize: MAX_RUBY_MANIFEST_BYTES / 16, runs: 3 };
  it.each(gemfiles)(
    '%s',
    async (_what, make) => {
      const parse = (t: string) => parseRuby(t, 'Gemfile', '', 'gemfile', 60_000);
      // Every measured input is parsed: it used to start at 16 Ki with maxSize 8 Ki, so 4n (32 Ki plus the
      // `gem "` around it) was over MAX_RUBY_MANIFEST_BYTES, refused at once in no time, and the test could
      // not fail. The budget also caps decision 0028's re-measure at maxSize; the parse is linear from 1 Ki
      // to 16 Ki (quotes 2.1, 3.5, 7.3, 14.5, 31.7 ms of CPU; many lines 1.3, 2.2, 3.5, 7.9, 16.7 ms).
      expect((await parse(make(4 * options.maxSize))).manifest).toBeDefined();
      await expectLinearAsync(parse, make, options);
    },
    120_000,
  );

  it.each(gemfiles)(
    '%s: an injected quadratic fails it',
    async (_what, make, share) => {
      // A pass over `share` times the characters: a few times the parse's own CPU time at n.
      const quadratic = withQuadratic(
        (t: string) => parseRuby(t, 'Gemfile', '', 'gemfile', 60_000),
        (t: string) => t.length * share,
      );
      await expect(expectLinearAsync(quadratic, make, { ...options, attempts: 1 })).rejects.toThrow(/not linear/);
    },
    120_000,
  );

  it('a Gemfile over 32 KiB is a limit problem without a parse; one just under it is parsed', async () => {
    expect(MAX_RUBY_MANIFEST_BYTES).toBe(32 * 1024);
    const over = await parseRuby(`gem "${repeatTo('\'"', MAX_RUBY_MANIFEST_BYTES)}\n`, 'Gemfile', '', 'gemfile');
    expect(over.manifest).toBeUndefined();
    expect(over.problems).toEqual([
      { file: 'Gemfile', kind: 'limit', reason: 'the source is larger than 32768 bytes, the limit for syntax trees' },
    ]);
    const under = await parseRuby(
      `gem "rack"\n# ${repeatTo('x', MAX_RUBY_MANIFEST_BYTES - 20)}\n`,
      'Gemfile',
      '',
      'gemfile',
    );
    expect(under.problems).toEqual([]);
    expect(under.manifest).toBeDefined();
  });

  // tree-sitter-ruby is super-linear on unterminated percent literals (`%(%(%(…`: 4 KiB 0.3 s, 8 KiB
  // 1 s, 16 KiB 3.5 s of CPU): no byte budget a real Gemfile fits under bounds it, the CPU budget does.
  it.each(['%(', '%q(', '%w(', '%r('])(
    'unterminated %s literals under the byte budget run into the Ruby CPU budget and become a limit problem',
    async (opener) => {
      const started = process.cpuUsage();
      const r = await parseRuby(repeatTo(opener, MAX_RUBY_MANIFEST_BYTES - 1), 'Gemfile', '', 'gemfile', 2000);
      const used = process.cpuUsage(started);
      // A hang guard, not a timing assertion: uncut, 32 KiB of these takes 5 s or more of CPU.
      expect((used.user + used.system) / 1000).toBeLessThan(3 * MAX_RUBY_PARSE_CPU_MS);
      expect(r.manifest).toBeUndefined();
      expect(r.problems).toEqual([
        {
          file: 'Gemfile',
          kind: 'limit',
          reason: `parsing took more than the ${MAX_RUBY_PARSE_CPU_MS} ms CPU budget (limit maxParseMillis)`,
        },
      ]);
    },
  );

  it('limits.maxParseMillis lowers the Ruby CPU budget but cannot raise it', async () => {
    const r = await parseRuby(repeatTo('%(', 16_000), 'Gemfile', '', 'gemfile', 50);
    expect(r.problems[0]?.reason).toBe('parsing took more than the 50 ms CPU budget (limit maxParseMillis)');
  });

  it('past 1,000 process/eval/network calls the rest are one limit problem, not one finding each', async () => {
    const calls = (n: number) => `gem "rack"\n${'system("x")\n'.repeat(n)}`;
    const at = await parseRuby(calls(MAX_RUBY_DANGEROUS_CALLS), 'Gemfile', '', 'gemfile');
    expect(at.manifest?.dangerous).toHaveLength(MAX_RUBY_DANGEROUS_CALLS);
    expect(at.problems).toEqual([]);
    // 2,500 calls (30 KB) stay under the 32 KiB byte budget.
    const over = await parseRuby(calls(2500), 'Gemfile', '', 'gemfile');
    expect(over.manifest?.dangerous).toHaveLength(MAX_RUBY_DANGEROUS_CALLS);
    expect(over.manifest?.gems.map((g) => g.name)).toEqual(['rack']);
    expect(over.problems).toEqual([
      {
        file: 'Gemfile',
        kind: 'limit',
        reason: 'more than 1,000 process, eval or network calls (2,500); the first 1,000 are reported',
        line: MAX_RUBY_DANGEROUS_CALLS + 2,
        column: 1,
      },
    ]);
  });
});
