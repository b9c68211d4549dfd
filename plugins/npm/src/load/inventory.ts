/** Inventory entries from lock entries: source kind, integrity algorithm, line, script verdict. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import type { InventoryPackage, Locatable, PackageSource, Pointer } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';

/** Strongest algorithm of an SRI string (`sha512-… sha1-…` → `sha512`); null when there is none. */
export function integrityAlgorithm(entry: Pick<LockEntry, 'integrity' | 'algorithm'>): string | null {
  if (!entry.integrity) return null;
  if (entry.algorithm) return entry.algorithm;
  // One hash (the common case): its algorithm, as the general path below would give.
  if (!/\s/.test(entry.integrity)) return entry.integrity.split('-')[0]!.toLowerCase();
  const order = ['sha512', 'sha384', 'sha256', 'sha1', 'md5'];
  const algs = entry.integrity.split(/\s+/).map((part) => part.split('-')[0]!.toLowerCase());
  return order.find((a) => algs.includes(a)) ?? algs[0] ?? null;
}

/** Where an entry's bytes come from. */
export function sourceOf(entry: LockEntry): PackageSource {
  const r = entry.resolved;
  if (entry.workspace || (entry.link && !r?.startsWith('file:'))) return r ? { kind: 'workspace', url: r } : { kind: 'workspace' };
  if (entry.sourceKind) return r ? { kind: entry.sourceKind, url: r } : { kind: entry.sourceKind };
  if (!r) return { kind: 'registry' };
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(r)) return { kind: 'git', url: r };
  if (r.startsWith('file:') || r.startsWith('link:')) return { kind: 'path', url: r };
  if (/^https?:/i.test(r)) return { kind: /\/-\/[^/]+\.tgz$/.test(r) ? 'registry' : 'url', url: r };
  return { kind: 'path', url: r };
}

/** Resolves every entry's pointer to a line, one batched pass per document. */
export function entryLines(lock: Lockfile): (number | undefined)[] {
  const lines: (number | undefined)[] = new Array(lock.entries.length);
  const byDoc = new Map<Locatable, number[]>();
  lock.entries.forEach((e, i) => {
    const at: Pointer = e.at;
    if ('line' in at) lines[i] = at.line;
    else {
      let list = byDoc.get(at.doc);
      if (!list) byDoc.set(at.doc, (list = []));
      list.push(i);
    }
  });
  for (const [doc, indexes] of byDoc) {
    const spans = doc.locate(indexes.map((i) => {
      const at = lock.entries[i]!.at as { route: readonly (string | number)[] };
      return { route: at.route, part: 'key' as const };
    }));
    indexes.forEach((i, k) => { lines[i] = spans[k]?.line; });
  }
  return lines;
}

export function toInventory(entry: LockEntry, file: string, line: number | undefined, verdict: InventoryPackage['scriptsVerdict']): InventoryPackage {
  const pkg: InventoryPackage = {
    ecosystem: 'npm',
    name: entry.name,
    source: sourceOf(entry),
    integrity: integrityAlgorithm(entry),
    installScripts: entry.hasInstallScript,
    file,
  };
  if (entry.version !== undefined) pkg.version = entry.version;
  if (verdict !== undefined) pkg.scriptsVerdict = verdict;
  if (line !== undefined) pkg.line = line;
  if (entry.dev) pkg.dev = true;
  return pkg;
}
