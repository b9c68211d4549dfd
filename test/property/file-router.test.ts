/**
 * The grouped file router (decision 0024: names looked up by literal last segment or extension,
 * directory conditions decided once per directory) claims exactly what each plugin's rules claim
 * through `ruleFor` (one `matchesGlob` per pattern), on generated paths built from the pieces the
 * real rules are made of: case variants, dot-files, names as the walk reports them when they are
 * not UTF-8 (`caf\xe9`), U+FFFD, and directories that look like a pattern's parents (issue #25).
 */
import { describe, it } from 'vitest';
import { PLUGINS } from '../../packages/cli/src/plugins.js';
import { ruleFor } from '../../packages/core/src/discover.js';
import { fileRouter } from '../../packages/core/src/file-router.js';
import type { AnyPlugin } from '../../packages/core/src/plugin.js';
import { check, fc } from './harness.js';

/** Every literal piece of every rule pattern (split at wildcards and `/`), and a few of each in other cases. */
const fromRules = [
  ...new Set(
    PLUGINS.flatMap((p) => p.files.flatMap((r) => r.match)).flatMap((m) =>
      m.split(/[*?[\]{}()!+@\\/]+/).filter((s) => s.length > 0),
    ),
  ),
];
const PIECES = [
  ...fromRules,
  ...fromRules.slice(0, 20).map((s) => s.toUpperCase()),
  ...fromRules.slice(0, 20).map((s) => s[0]!.toUpperCase() + s.slice(1)),
  '.',
  '..',
  '-',
  '_',
  '.txt',
  '.TXT',
  '.in',
  '.yml',
  '.lock',
  'a',
  'x.y',
  '\\xe9',
  'caf\\xe9',
  '\uFFFD',
  'é',
  ' ',
];

const piece = fc.constantFrom(...PIECES);
const segment = fc
  .array(
    fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((parts) => parts.join('').replaceAll('/', '_'))
  .filter((s) => s.length > 0);
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/'));

/** The answer of `ruleFor`, per plugin. */
const expected = (plugins: readonly AnyPlugin[], p: string) => plugins.map((plugin) => ruleFor(plugin, p));

describe('file router (property)', () => {
  it('claims what ruleFor claims, path by path and directory by directory', async () => {
    const route = fileRouter(PLUGINS);
    await check('file router equals ruleFor', 400, fc.array(path, { minLength: 1, maxLength: 20 }), (paths) => {
      for (const p of paths) {
        const want = expected(PLUGINS, p);
        const got = route(p) ?? PLUGINS.map(() => undefined);
        const slash = p.lastIndexOf('/');
        const byDir =
          route.inDir(slash < 0 ? '' : p.slice(0, slash))(p.slice(slash + 1)) ?? PLUGINS.map(() => undefined);
        for (let i = 0; i < want.length; i++)
          if (got[i] !== want[i] || byDir[i] !== want[i])
            throw new Error(`${JSON.stringify(p)}: plugin ${PLUGINS[i]!.ecosystem} differs`);
      }
    });
  });

  it('claims what ruleFor claims for paths written from the rules themselves', async () => {
    const route = fileRouter(PLUGINS);
    const written = fc
      .tuple(
        fc.constantFrom(...PLUGINS.flatMap((p) => p.files.flatMap((r) => r.match))),
        fc.array(segment, { maxLength: 2 }),
        fc.constantFrom('', 'x', 'X', '.', '-a', 'requirements', 'b/c'),
      )
      .map(([m, above, fill]) => [...above, m.replaceAll('**', fill || 'y').replace(/[*?]/g, fill)].join('/'))
      // No source yields an empty segment (`src/bin//main.rs` from an empty fill): the walk's names are
      // never empty and archive paths are `posix.normalize`d (source/archive-layout.ts).
      .filter((p) => !p.split('/').includes(''));
    await check('file router equals ruleFor on rule-shaped paths', 400, written, (p) => {
      const want = expected(PLUGINS, p);
      const got = route(p) ?? PLUGINS.map(() => undefined);
      for (let i = 0; i < want.length; i++)
        if (got[i] !== want[i]) throw new Error(`${JSON.stringify(p)}: plugin ${PLUGINS[i]!.ecosystem} differs`);
    });
  });
});
