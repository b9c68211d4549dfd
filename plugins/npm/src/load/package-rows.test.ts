/**
 * A lock's packages as rows (docs/decisions/0032) are the packages the load built before rows, one by
 * one: toInventory of each entry with its line and script verdict, and edgeResolver's dependency purls.
 * On every lock of the real corpus (package-lock, pnpm, yarn berry, bun) and on corpus cases.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  clipStrings,
  DirectorySource,
  MAX_OUTPUT_STRING,
  modelPackages,
  scan,
  type InventoryPackage,
  type Plugin,
} from '@inert/core';
import type { NpmModel } from '../model.js';
import { npm } from '../index.js';
import { edgeResolver, entryLines, toInventory } from './inventory.js';
import { parsePackageLock } from './package-lock.js';
import { LockPackageRows } from './package-rows.js';

const real =
  process.env.INERT_REAL_CORPUS ?? fileURLToPath(new URL('../../../../../shared/corpus/real', import.meta.url));
const repos = existsSync(`${real}/npm`) ? readdirSync(`${real}/npm`).map((r) => `${real}/npm/${r}`) : [];
const corpus = fileURLToPath(new URL('../../../../corpus/npm', import.meta.url));
const LOCKS = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lock)$/;
/** Every corpus case with a lock at its top (the pinned git dependencies first: it has edges). */
const cases = readdirSync(corpus)
  .filter((c) => readdirSync(`${corpus}/${c}`).some((f) => LOCKS.test(f)))
  .sort(
    (a, b) =>
      Number(b === 'clean--package-lock-git-dependencies-pinned') -
      Number(a === 'clean--package-lock-git-dependencies-pinned'),
  )
  .map((c) => `${corpus}/${c}`);

/** The scan of `dir` with the npm plugin, and the model its load returned. */
async function scanWithModel(dir: string) {
  let model: NpmModel | undefined;
  const spy = {
    ...npm,
    load: async (...args: Parameters<typeof npm.load>) => (model = await npm.load(...args)),
  } as Plugin<NpmModel>;
  const result = await scan(new DirectorySource(dir), { plugins: [spy] });
  return { result, model: model! };
}

/** What the load listed before rows (main as of session 10): every package made and edged at load. */
function eagerPackages(model: NpmModel): InventoryPackage[] {
  return model.locks.flatMap((lock) => {
    const lines = entryLines(lock);
    const packages = lock.entries.map((e, i) =>
      toInventory(e, lock.path, lines[i], model.scriptVerdicts.get(e)?.verdict),
    );
    const edgesOf = edgeResolver(lock, (i) => packages[i]!.purl);
    packages.forEach((p, i) => {
      const to = edgesOf(i);
      if (to) p.dependsOn = to;
    });
    return packages;
  });
}

describe('lock packages as rows', () => {
  it.each([...cases, ...repos])('are the packages the load built before: %s', async (dir) => {
    const { result, model } = await scanWithModel(dir);
    const expected = eagerPackages(model);
    expect(model.packageRows.reduce((n, r) => n + r.length, 0)).toBe(expected.length);
    expect(modelPackages(model)).toEqual(expected);
    // The result's array, made on first access, in the same order (nothing here is long enough to clip).
    expect(result.inventory.packages).toEqual(expected);
    expect(JSON.stringify(result.inventory.packages)).toBe(JSON.stringify(expected));
  });

  it('covers locks with edges and without', async () => {
    expect(cases.length).toBeGreaterThan(20);
    const { model } = await scanWithModel(cases[0]!);
    expect(modelPackages(model).some((p) => p.dependsOn?.length)).toBe(true);
  });

  it('say which packages may hold a string to clip, never missing one (decision 0035)', () => {
    const long = (c: string) => c.repeat(MAX_OUTPUT_STRING + 1);
    const packages: Record<string, unknown> = { '': { name: 'root', dependencies: { a: '1' } } };
    const fields = [
      { name: long('n') },
      { version: long('9') },
      { resolved: `https://registry.npmjs.org/p2/-/${long('u')}.tgz` },
      { resolved: `file:${long('f')}` },
      { integrity: long('i') },
      { integrity: `sha1-${long('s')}` },
      { version: '1.0.0' },
      { version: '1.0.0', dependencies: { short: '1' } },
    ];
    fields.forEach((f, i) => (packages[`node_modules/p${i}`] = { version: '1.0.0', ...f }));
    packages['node_modules/short'] = {
      version: '2.0.0',
      resolved: 'https://registry.npmjs.org/short/-/short-2.0.0.tgz',
    };
    const parsed = parsePackageLock(JSON.stringify({ lockfileVersion: 3, packages }), 'package-lock.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const check = (rows: LockPackageRows) => {
      const answers: boolean[] = [];
      for (let i = 0; i < rows.length; i++) {
        const made = rows.at(i);
        answers.push(rows.mayHaveLongString(i));
        if (clipStrings(made) !== made) expect(rows.mayHaveLongString(i), JSON.stringify(made).slice(0, 80)).toBe(true);
      }
      return answers;
    };
    const lines = entryLines(parsed.value);
    const answers = check(new LockPackageRows(parsed.value, lines, new Map()));
    // The long ones say so; the short ones need no walk.
    expect(answers).toEqual([true, true, true, true, true, true, false, false, false]);
    // A long purl is named by other packages' edges, and a long path is in every package: all may be long.
    const git = { version: '1.0.0', resolved: `git+https://github.com/a/b.git#${long('c')}` };
    for (const [lock, path] of [
      [{ ...packages, 'node_modules/short': git }, 'package-lock.json'],
      [packages, `${long('d')}/package-lock.json`],
    ] as const) {
      const other = parsePackageLock(JSON.stringify({ lockfileVersion: 3, packages: lock }), path);
      if (!other.ok) throw new Error('parse');
      expect(check(new LockPackageRows(other.value, lines, new Map()))).toEqual(new Array(9).fill(true));
    }
  });
});
