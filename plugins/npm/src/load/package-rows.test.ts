/**
 * A lock's packages as rows (docs/decisions/0032) are the packages the load built before rows, one by
 * one: toInventory of each entry with its line and script verdict, and edgeResolver's dependency purls.
 * On every lock of the real corpus (package-lock, pnpm, yarn berry, bun) and on corpus cases.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, modelPackages, scan, type InventoryPackage, type Plugin } from '@inert/core';
import type { NpmModel } from '../model.js';
import { npm } from '../index.js';
import { edgeResolver, entryLines, toInventory } from './inventory.js';

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
});
