/** Small helpers the checks share: package references and lock labels. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import type { PackageRef } from '@inert/core';
import type { LockEntry, Lockfile, NpmModel } from './model.js';

export function pkgRef(e: Pick<LockEntry, 'name' | 'version'>): PackageRef {
  return e.version ? { name: e.name, version: e.version } : { name: e.name };
}

export function entryData(e: LockEntry): { name: string; version: string } {
  return { name: e.name, version: e.version ?? '?' };
}

/** Lock entries that are fetched (not the project's own workspaces or links). */
export function* fetchedEntries(model: NpmModel): Generator<[Lockfile, LockEntry]> {
  for (const lock of model.locks) for (const e of lock.entries) if (!e.workspace) yield [lock, e];
}
