/**
 * The npm plugin's `commandContext`: per directory a command runs in, what its command rules need from
 * the checkout's files: which Yarn runs there (yarn-install.ts) and which packages the project locks as
 * direct dependencies (a runner like `npx eslint` then runs the locked package once it is installed).
 */
import type { CommandContext } from '@inert/core';
import { isInside } from './load/paths.js';
import type { Lockfile, NpmModel } from './model.js';
import { deepestFirst, yarnFacts } from './yarn-install.js';

/** Direct dependencies of the project a directory belongs to that its lockfile locks. */
export type LockedDependencies = {
  /** The lockfile that locks them. */
  lock: string;
  names: ReadonlySet<string>;
};

export function commandContext(model: NpmModel): (dir: string) => CommandContext | undefined {
  const cache = new Map<string, CommandContext | undefined>();
  const yarnLocks = model.locks.filter((l) => l.client === 'yarn-classic' || l.client === 'yarn-berry');
  const lockedNames = new Map<Lockfile, Set<string>>();
  return (dir) => {
    if (!cache.has(dir)) {
      const yarn = yarnFacts(model, yarnLocks, dir);
      const locked = lockedDependencies(model, dir, lockedNames);
      cache.set(dir, yarn || locked ? { ...(yarn ? { yarn } : {}), ...(locked ? { locked } : {}) } : undefined);
    }
    return cache.get(dir);
  };
}

/**
 * The names declared in the manifests from `dir` up to its lockfile's directory (the member and the
 * workspace root) that the lock has an entry for. npm, pnpm, Yarn and Bun link a direct dependency's
 * binaries into node_modules/.bin, where npx and its kin look first.
 */
function lockedDependencies(
  model: NpmModel,
  dir: string,
  cache: Map<Lockfile, Set<string>>,
): LockedDependencies | undefined {
  const lock = deepestFirst(model.locks, dir)[0];
  if (!lock) return undefined;
  let inLock = cache.get(lock);
  if (!inLock) {
    inLock = new Set(lock.entries.filter((e) => !e.workspace && !e.link).map((e) => e.name));
    cache.set(lock, inLock);
  }
  const names = new Set<string>();
  for (const m of model.manifests)
    if (isInside(dir, m.dir) && isInside(m.dir, lock.dir))
      for (const d of m.dependencies) if (!d.field.startsWith('catalog') && inLock.has(d.name)) names.add(d.name);
  return names.size > 0 ? { lock: lock.path, names } : undefined;
}

/** The LockedDependencies of a context, when the npm plugin prepared them. */
export function lockedOf(context: CommandContext | undefined): LockedDependencies | undefined {
  const locked = context?.locked;
  return typeof locked === 'object' && locked !== null ? (locked as LockedDependencies) : undefined;
}
