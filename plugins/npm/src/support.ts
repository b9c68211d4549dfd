/** Small helpers the checks share: package references and lock labels. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import type { PackageRef } from '@inert/core';
import type { LockEntry, Lockfile } from './model.js';

export function pkgRef(e: Pick<LockEntry, 'name' | 'version'>): PackageRef {
  return e.version ? { name: e.name, version: e.version } : { name: e.name };
}

export function entryData(e: LockEntry): { name: string; version: string } {
  return { name: e.name, version: e.version ?? '?' };
}

const fetched = new WeakMap<Lockfile, readonly LockEntry[]>();

/**
 * A lock's entries that are fetched (not the project's own workspaces or links), listed once per lock:
 * five checks read them, and each ran a generator of `[lock, entry]` pairs over every entry, which
 * cost 15-30 ms before the code was optimised (issue #25, decision 0035).
 */
export function fetchedOf(lock: Lockfile): readonly LockEntry[] {
  let list = fetched.get(lock);
  if (!list) fetched.set(lock, (list = lock.entries.filter((e) => !e.workspace)));
  return list;
}

/**
 * `http://localhost:4873/`, `http://127.0.0.1/`, `http://[::1]/`: a registry on the same machine (a
 * Verdaccio test fixture, a CI service container mapped to the runner), whose traffic crosses no network.
 */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return (
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      host === '[::1]' ||
      /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
    );
  } catch {
    return false;
  }
}
