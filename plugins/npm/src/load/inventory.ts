/** Inventory entries from lock entries: source kind and integrity algorithm. */
import type { InventoryPackage, PackageSource } from '@inert/core';
import type { LockEntry } from '../model.js';

/** Strongest algorithm of an SRI string (`sha512-… sha1-…` → `sha512`); null when there is none. */
export function integrityAlgorithm(integrity: string | undefined): string | null {
  if (!integrity) return null;
  const order = ['sha512', 'sha384', 'sha256', 'sha1', 'md5'];
  const algs = integrity.split(/\s+/).map((part) => part.split('-')[0]!.toLowerCase());
  return order.find((a) => algs.includes(a)) ?? algs[0] ?? null;
}

/** Where an entry's bytes come from. */
export function sourceOf(entry: LockEntry): PackageSource {
  if (entry.workspace || entry.link) return entry.resolved ? { kind: 'workspace', url: entry.resolved } : { kind: 'workspace' };
  const r = entry.resolved;
  if (!r) return { kind: 'registry' };
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(r)) return { kind: 'git', url: r };
  if (r.startsWith('file:')) return { kind: 'path', url: r };
  if (/^https?:/.test(r)) return { kind: /\/-\/[^/]+\.tgz$/.test(r) ? 'registry' : 'url', url: r };
  return { kind: 'path', url: r };
}

export function toInventory(entry: LockEntry, file: string, line: number | undefined): InventoryPackage {
  const pkg: InventoryPackage = {
    ecosystem: 'npm',
    name: entry.name,
    source: sourceOf(entry),
    integrity: integrityAlgorithm(entry.integrity),
    installScripts: entry.hasInstallScript,
    file,
  };
  if (entry.version !== undefined) pkg.version = entry.version;
  if (line !== undefined) pkg.line = line;
  if (entry.dev) pkg.dev = true;
  return pkg;
}
