/**
 * Cargo.toml `[replace]` ids without the regex eslint-plugin-regexp flagged super-linear (#20 class 3):
 * read as the old regex read them, and doubling a pathological manifest ~doubles the time of the read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear, MB, repeatTo } from '@inert/testing';
import { replaceName } from './load/dependencies.js';
import { parseManifest } from './load/manifest.js';

const oldReplaceName = (key: string) => key.replace(/^([^:@]+).*$/, '$1');

describe('[replace] package ids read as the replaced regex read them', () => {
  it('on realistic ids', () => {
    for (const [key, name] of [
      ['foo:0.1.0', 'foo'],
      ['https://github.com/rust-lang/cargo#cargo:0.1.0', 'https'],
      ['bar@1.2.3', 'bar'],
      ['plain', 'plain'],
      [':x', ':x'],
      ['a:b\nc', 'a:b\nc'],
    ]) {
      expect(replaceName(key!), key).toBe(name);
      expect(oldReplaceName(key!)).toBe(name);
    }
    const manifest = parseManifest(
      '[package]\nname = "app"\n\n[replace]\n"foo:0.1.0" = { git = "https://example.com/foo" }\n',
      'Cargo.toml',
      '',
      new Set(),
    );
    if (!manifest.ok) throw new Error(manifest.problem.reason);
    expect(manifest.value.dependencies.map((d) => [d.section, d.name])).toEqual([['replace', 'foo']]);
  });

  it('on generated ids of the pieces that trip it', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(':', '@', 'a', '.', '\n', '\r', '\u2028', ' '), { maxLength: 20 })
          .map((p) => p.join('')),
        (key) => {
          expect(replaceName(key)).toBe(oldReplaceName(key));
        },
      ),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});

describe('the Cargo.toml reader is linear', () => {
  const replace = (key: string) => `[package]\nname = "app"\n\n[replace]\n"${key}" = { path = "x" }\n`;
  it.each([
    ['a 1 MB [replace] id before a line break', (n: number) => replace(`${repeatTo('a', n)}:\\n`)],
    ['1 MB of NULs', (n: number) => repeatTo('\0', n)],
    ['a 1 MB line', (n: number) => `[package]\nname = "${repeatTo('a', n)}"\n`],
  ])('%s', (_what, make) => {
    expectLinear((t: string) => parseManifest(t, 'Cargo.toml', '', new Set()), make, { start: MB });
  });

  it('[replace] ids: 1 MB of characters before a line terminator', () => {
    expectLinear(replaceName, (n) => `${repeatTo('a', n)}:\n`, { start: MB });
  });
});
