/**
 * The npm plugin's `commandContext`: per directory a command runs in, what its command rules need from
 * the checkout's files: which Yarn runs there (yarn-install.ts), which packages the project locks as
 * direct dependencies and which binaries its install links (a runner like `npx eslint` or `npx tsc` then
 * runs the locked package once it is installed).
 */
import type { CommandContext } from '@inert/core';
import { isInside, relativeTo } from './load/paths.js';
import type { LockEntry, Lockfile, NpmModel } from './model.js';
import { packageLockOffAt } from './npm-project.js';
import { deepestFirst, yarnFacts } from './yarn-install.js';

/**
 * What a package runner (`npx x`, `npm exec x`, `bunx x`) finds installed in a directory once the job
 * installed the project from its lockfile: the project's locked direct dependencies, and the binaries
 * linked into a node_modules/.bin it looks in.
 */
export type LockedDependencies = {
  /** The lockfile that locks them. */
  lock: string;
  /** Direct dependencies of the project (the member and the workspace root) that the lock has an entry for. */
  names: ReadonlySet<string>;
  /** Binary name → the locked package whose binary the install links into a node_modules/.bin on the runner's path. */
  bins: ReadonlyMap<string, string>;
  /** Why binary names cannot be matched, when the lock does not record them (pnpm-lock, Yarn classic, package-lock v1). */
  binsUnrecorded?: string;
  /** Why the install links no binaries at all (Yarn Plug'n'Play writes no node_modules). */
  noBinDir?: string;
};

export function commandContext(model: NpmModel): (dir: string) => CommandContext | undefined {
  const cache = new Map<string, CommandContext | undefined>();
  const yarnLocks = model.locks.filter((l) => l.client === 'yarn-classic' || l.client === 'yarn-berry');
  return (dir) => {
    if (!cache.has(dir)) {
      const yarn = yarnFacts(model, yarnLocks, dir);
      const locked = lockedDependencies(model, dir);
      const lockOff = packageLockOff(model, dir);
      const declared = declaredDependencies(model, dir);
      cache.set(
        dir,
        yarn || locked || lockOff || declared
          ? {
              ...(yarn ? { yarn } : {}),
              ...(locked ? { locked } : {}),
              ...(lockOff ? { lockOff } : {}),
              ...(declared ? { declared } : {}),
            }
          : undefined,
      );
    }
    return cache.get(dir);
  };
}

/**
 * The names declared in the manifests from `dir` up to its lockfile's directory (the member and the
 * workspace root) that the lock has an entry for, and the binaries on the runner's path. npm, pnpm,
 * Yarn and Bun link a direct dependency's binaries into node_modules/.bin, where npx and its kin look
 * first (libnpmexec walks up from the project through every node_modules/.bin); npm also links the
 * binaries of every package it hoists to the top of a node_modules.
 */
function lockedDependencies(model: NpmModel, dir: string): LockedDependencies | undefined {
  const lock = deepestFirst(model.locks, dir)[0];
  if (!lock) return undefined;
  const inLock = new Set(lock.entries.filter((e) => !e.workspace && !e.link).map((e) => e.name));
  const names = new Set<string>();
  for (const m of model.manifests)
    if (isInside(dir, m.dir) && isInside(m.dir, lock.dir))
      for (const d of m.dependencies) if (!d.field.startsWith('catalog') && inLock.has(d.name)) names.add(d.name);
  const linker = lock.client === 'yarn-berry' ? nodeLinker(model, dir) : undefined;
  if (linker !== undefined && linker !== 'node-modules' && linker !== 'pnpm')
    return {
      lock: lock.path,
      names: new Set(),
      bins: new Map(),
      noBinDir:
        linker === 'pnp'
          ? `Yarn berry installs ${lock.path} with Plug'n'Play (nodeLinker defaults to pnp), which writes no node_modules/.bin for the runner to find`
          : `nodeLinker is \`${linker}\`, not a literal node-modules or pnpm, so whether the install writes a node_modules/.bin cannot be told`,
    };
  const unrecorded = binsUnrecorded(lock);
  const bins = unrecorded ? new Map<string, string>() : binsOnPath(lock, relativeTo(dir, lock.dir), names);
  if (names.size === 0 && bins.size === 0 && !unrecorded) return undefined;
  return { lock: lock.path, names, bins, ...(unrecorded ? { binsUnrecorded: unrecorded } : {}) };
}

function binsUnrecorded(lock: Lockfile): string | undefined {
  if (lock.client === 'pnpm') return `${lock.path} records that a package has binaries (hasBin), not their names`;
  if (lock.client === 'yarn-classic') return `${lock.path}, a Yarn classic lock, records no binaries`;
  if (lock.client === 'npm' && lock.lockfileVersion === '1')
    return `${lock.path}, lockfileVersion 1, records no binaries`;
  return undefined;
}

/**
 * The binaries an install from `lock` links into a node_modules/.bin between the lock's directory and
 * `rel` (the command's directory relative to it). package-lock: every package at the top of such a
 * node_modules (`node_modules/x`, `packages/a/node_modules/x`) and every workspace member, as npm's
 * bin-links does; Yarn berry (node-modules linker) and Bun: the direct dependencies only. Packages
 * installed on some platforms only are left out.
 */
function binsOnPath(lock: Lockfile, rel: string, direct: ReadonlySet<string>): Map<string, string> {
  const bins = new Map<string, string>();
  for (const e of lock.entries) {
    if (!e.bins || e.conditional) continue;
    if (lock.client === 'npm' ? !npmLinksOnPath(e, rel) : !direct.has(e.name)) continue;
    for (const b of e.bins) if (!bins.has(b)) bins.set(b, e.name);
  }
  return bins;
}

/** `node_modules/x` or `<dir>/node_modules/x` (x maybe scoped) with `<dir>` on the way from the lock to `rel`; or a workspace member. */
function npmLinksOnPath(e: LockEntry, rel: string): boolean {
  if (e.workspace) return true;
  const key = e.key ?? '';
  const at = key.lastIndexOf('node_modules/');
  if (at < 0 || !/^(?:@[^/]+\/)?[^/@][^/]*$/.test(key.slice(at + 'node_modules/'.length))) return false;
  const prefix = key.slice(0, at).replace(/\/$/, '');
  return !prefix.includes('node_modules/') && !prefix.endsWith('node_modules') && isInside(rel, prefix);
}

/** Yarn berry's `nodeLinker` for `dir`: the deepest .yarnrc.yml that sets it, else Yarn's default `pnp`. */
function nodeLinker(model: NpmModel, dir: string): string {
  const rc = deepestFirst(model.yarnrcYmls, dir).find((y) => y.value.nodeLinker !== undefined);
  const value = rc?.value.nodeLinker;
  return rc === undefined ? 'pnp' : typeof value === 'string' ? value : String(value);
}

/**
 * `package-lock=false` in the .npmrc of npm's project directory for `dir` (npm-project.ts, as
 * npm/lockfile-missing reads it): npm then neither reads nor writes package-lock.json
 * (https://docs.npmjs.com/cli/using-npm/config#package-lock). `where` is `path:line`.
 */
function packageLockOff(model: NpmModel, dir: string): { where: string } | undefined {
  const off = packageLockOffAt(model, dir);
  return off && { where: `${off.rc.path}:${off.line}` };
}

/** Where the project's .npmrc turns package-lock.json off, when the npm plugin found it. */
export function lockOffOf(context: CommandContext | undefined): { where: string } | undefined {
  const off = context?.lockOff;
  return typeof off === 'object' && off !== null ? (off as { where: string }) : undefined;
}

/** A dependency a manifest declares, by name: its range as written and the manifest's path. */
export type DeclaredDependencies = ReadonlyMap<string, { spec: string; manifest: string }>;

/**
 * The registry dependencies declared by the manifests at or above `dir` (the nearest one wins), so a
 * runner's `npx eslint` can say that eslint is declared even where no lock pins it. Workspace, file,
 * link and catalog specs are not ranges the registry resolves, and are left out.
 */
function declaredDependencies(model: NpmModel, dir: string): DeclaredDependencies | undefined {
  const out = new Map<string, { spec: string; manifest: string }>();
  const above = model.manifests.filter((m) => isInside(dir, m.dir)).sort((a, b) => b.dir.length - a.dir.length);
  for (const m of above)
    for (const d of m.dependencies)
      if (!out.has(d.name) && !/^(?:workspace|file|link|catalog|portal):/.test(d.spec))
        out.set(d.name, { spec: d.spec, manifest: m.path });
  return out.size > 0 ? out : undefined;
}

/** The declared dependencies of a context, when the npm plugin prepared them. */
export function declaredOf(context: CommandContext | undefined): DeclaredDependencies | undefined {
  const declared = context?.declared;
  return declared instanceof Map ? (declared as DeclaredDependencies) : undefined;
}

/** The LockedDependencies of a context, when the npm plugin prepared them. */
export function lockedOf(context: CommandContext | undefined): LockedDependencies | undefined {
  const locked = context?.locked;
  return typeof locked === 'object' && locked !== null ? (locked as LockedDependencies) : undefined;
}
