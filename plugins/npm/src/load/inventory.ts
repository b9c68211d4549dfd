/** Inventory entries from lock entries: source kind, integrity algorithm, line, script verdict. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import {
  hexHash,
  sriHashes,
  type InventoryHash,
  type InventoryPackage,
  type Locatable,
  type PackageSource,
  type Pointer,
} from '@inert/core';
import { cutAt } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { npmPurl } from './npm-purl.js';

export { npmPurl } from './npm-purl.js';

/** Strongest algorithm of an SRI string (`sha512-… sha1-…` → `sha512`); null when there is none. */
export function integrityAlgorithm(entry: Pick<LockEntry, 'integrity' | 'algorithm'>): string | null {
  if (!entry.integrity) return null;
  if (entry.algorithm) return entry.algorithm;
  // The common case, one sha512 hash, without the regex test and the split below (same answer).
  if (entry.integrity.startsWith('sha512-') && !/\s/.test(entry.integrity)) return 'sha512';
  // One hash (the common case): its algorithm, as the general path below would give.
  if (!/\s/.test(entry.integrity)) return entry.integrity.split('-')[0]!.toLowerCase();
  const order = ['sha512', 'sha384', 'sha256', 'sha1', 'md5'];
  const algs = entry.integrity.split(/\s+/).map((part) => part.split('-')[0]!.toLowerCase());
  return order.find((a) => algs.includes(a)) ?? algs[0] ?? null;
}

/** Where an entry's bytes come from; a git source carries the commit the lock pins, when it pins one. */
export function sourceOf(entry: LockEntry): PackageSource {
  const r = entry.resolved;
  if (entry.workspace || (entry.link && !r?.startsWith('file:')))
    return r ? { kind: 'workspace', url: r } : { kind: 'workspace' };
  if (entry.sourceKind) return withCommit(entry, r ? { kind: entry.sourceKind, url: r } : { kind: entry.sourceKind });
  if (!r) return { kind: 'registry' };
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(r)) return withCommit(entry, { kind: 'git', url: r });
  if (r.startsWith('file:') || r.startsWith('link:')) return { kind: 'path', url: r };
  if (/^https?:/i.test(r)) return { kind: /\/-\/[^/]+\.tgz$/.test(r) ? 'registry' : 'url', url: r };
  return { kind: 'path', url: r };
}

/** The kinds of PackageSource, in a fixed order: a source kept as its index (package-rows.ts). */
export const SOURCE_KINDS: readonly PackageSource['kind'][] = ['registry', 'git', 'path', 'url', 'workspace'];

/**
 * sourceOf(entry) again from its kind alone: the URL is the entry's `resolved` when it has one, the
 * commit is a git source's pinned one. What the inventory's rows make at write time from the kind they
 * kept at load, instead of a second sourceOf per entry (decision 0035; package-rows.test.ts compares).
 */
export function sourceOfKind(entry: LockEntry, kind: PackageSource['kind']): PackageSource {
  const r = entry.resolved;
  const source: PackageSource = r ? { kind, url: r } : { kind };
  if (kind === 'git') {
    const commit = gitCommit(entry);
    if (commit) source.commit = commit;
  }
  return source;
}

/**
 * The full commit of a git source: pnpm/bun record it apart (`entry.commit`); package-lock writes it
 * as the URL fragment (`git+ssh://git@github.com/a/b.git#<sha>`), yarn berry as `#commit=<sha>`.
 * An abbreviated hash, a branch or a tag is not a pin.
 */
export function gitCommit(entry: Pick<LockEntry, 'commit' | 'resolved'>): string | undefined {
  const c = entry.commit ?? /#(?:commit=)?([0-9a-f]{40}(?:[0-9a-f]{24})?)$/i.exec(entry.resolved ?? '')?.[1];
  return c !== undefined && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(c) ? c.toLowerCase() : undefined;
}

function withCommit(entry: LockEntry, source: PackageSource): PackageSource {
  const commit = source.kind === 'git' ? gitCommit(entry) : undefined;
  return commit ? { ...source, commit } : source;
}

/** Resolves every entry's pointer to a line, one batched pass per document. */
export function entryLines(lock: Lockfile): (number | undefined)[] {
  const fromReader = lock.entryLines?.();
  if (fromReader) return fromReader;
  const lines = new Array<number | undefined>(lock.entries.length);
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
    const spans = doc.locate(
      indexes.map((i) => {
        const at = lock.entries[i]!.at as { route: readonly (string | number)[] };
        return { route: at.route, part: 'key' as const };
      }),
    );
    indexes.forEach((i, k) => {
      lines[i] = spans[k]?.line;
    });
  }
  return lines;
}

/**
 * Digests of the package tarball: SRI `integrity` (package-lock, pnpm, yarn classic, bun) and the sha1
 * yarn classic took from the URL fragment. A berry `checksum` is left out: it hashes the zip yarn
 * writes to its cache, not the tarball the registry serves.
 */
export function entryHashes(entry: LockEntry): InventoryHash[] {
  if (!entry.integrity) return [];
  if (entry.algorithm === 'sha1') {
    const h = hexHash('sha1', entry.integrity.replace(/^sha1-/, ''));
    return h ? [h] : [];
  }
  if (entry.algorithm) return [];
  return sriHashes(entry.integrity);
}

/**
 * Each entry's dependencies as purls, where the lock lets them be resolved: package-lock v2/v3 by
 * node's lookup up the node_modules path, pnpm by the exact version it records. Other formats (yarn,
 * bun, package-lock v1) record ranges or nesting this does not resolve: undefined. The lookups are
 * built once; entry i's edges are made when asked for, with `purlOf` naming each target (the
 * inventory's rows ask as the report writes each package; decision 0032).
 */
export function edgeResolver(
  lock: Lockfile,
  purlOf: (index: number) => string | undefined,
): (index: number) => string[] | undefined {
  const none = (): undefined => undefined;
  if (lock.client === 'npm') {
    const byKey = new Map<string, number>();
    // node_modules directory → package name → entry: lookups by the names the lock's JSON already
    // holds, not by a path string built and hashed per dependency (docs/decisions/0018).
    const byDir = new Map<string, Map<string, number>>();
    lock.entries.forEach((e, i) => {
      if (e.key === undefined) return;
      byKey.set(e.key, i);
      const at = e.key.lastIndexOf('node_modules/');
      if (at < 0 || (at > 0 && e.key[at - 1] !== '/')) return;
      const dir = at === 0 ? '' : e.key.slice(0, at - 1);
      let names = byDir.get(dir);
      if (!names) byDir.set(dir, (names = new Map<string, number>()));
      names.set(e.key.slice(at + 'node_modules/'.length), i);
    });
    if (byKey.size === 0) return none;
    // The name indexes of a directory's lookup chain, made once per directory: entries share their
    // ancestors (every top-level entry's chain is the root's), so no chain is built per entry.
    const chains = new Map<string, (Map<string, number> | undefined)[]>();
    const chainOf = (dir: string): (Map<string, number> | undefined)[] => {
      let chain = chains.get(dir);
      if (!chain) chains.set(dir, (chain = lookupChain(dir, 999).map((d) => byDir.get(d))));
      return chain;
    };
    return (index) => {
      const e = lock.entries[index]!;
      // Read once: a package-lock entry makes its list on each read (names only: no object per dependency).
      const requires = e.requiredNames ? e.requiredNames() : e.requires?.map((r) => r.name);
      if (e.key === undefined || !requires) return undefined;
      const out: string[] = [];
      // The entry's own node_modules first, then its parent directory's chain (lookupChain's order).
      const own = e.key === '' ? undefined : byDir.get(e.key);
      const parents = chainOf(parentDir(e.key));
      for (const name of requires) {
        let target: number | undefined;
        // A name holding `node_modules/` (never a real npm name) is looked up by whole keys, as before.
        if (name.includes('node_modules/')) target = resolveByKey(e.key, name, byKey);
        else if ((target = own?.get(name)) === undefined)
          for (const names of parents) if ((target = names?.get(name)) !== undefined) break;
        const purl = target === undefined ? undefined : purlOf(linkTarget(lock, target, byKey));
        if (purl && !out.includes(purl)) out.push(purl);
      }
      return out;
    };
  }
  if (lock.client === 'pnpm') {
    const byNameVersion = new Map<string, number>();
    lock.entries.forEach((e, i) => {
      if (e.version !== undefined) byNameVersion.set(`${e.name}@${e.version}`, i);
    });
    return (index) => {
      const e = lock.entries[index]!;
      if (!e.requires) return undefined;
      const out: string[] = [];
      for (const r of e.requires) {
        const version = cutAt(r.spec, '(_');
        const i = byNameVersion.get(`${r.name}@${version}`);
        const purl = i === undefined ? undefined : purlOf(i);
        if (purl && !out.includes(purl)) out.push(purl);
      }
      return out;
    };
  }
  return none;
}

/** node's module lookup: `<key>/node_modules/<name>`, then each ancestor's node_modules, up to the root. */
function resolveByKey(from: string, name: string, byKey: ReadonlyMap<string, number>): number | undefined {
  for (const dir of lookupChain(from)) {
    const hit = byKey.get(dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * node's module lookup order from an entry: `<key>/node_modules/<name>`, then each ancestor's
 * node_modules, up to the root: the directories whose node_modules are searched, nearest first.
 */
function lookupChain(from: string, max = 1000): string[] {
  const chain: string[] = [];
  let dir = from;
  for (let guard = 0; guard < max; guard++) {
    chain.push(dir);
    if (dir === '') break;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
  return chain;
}

/** The directory whose node_modules holds `dir` (`a/node_modules/b` → `a`), `''` at the top. */
function parentDir(dir: string): string {
  const i = dir.lastIndexOf('/node_modules/');
  return i < 0 ? '' : dir.slice(0, i);
}

/** A `link: true` entry stands for the workspace directory it resolves to. */
function linkTarget(lock: Lockfile, index: number, byKey: ReadonlyMap<string, number>): number {
  const e = lock.entries[index]!;
  if (!e.link || e.resolved === undefined) return index;
  return byKey.get(e.resolved) ?? index;
}

export function toInventory(
  entry: LockEntry,
  file: string,
  line: number | undefined,
  verdict: InventoryPackage['scriptsVerdict'],
  source: PackageSource = sourceOf(entry),
  purl: string | undefined = npmPurl(entry, source),
): InventoryPackage {
  const pkg: InventoryPackage = {
    ecosystem: 'npm',
    name: entry.name,
    source,
    integrity: integrityAlgorithm(entry),
    installScripts: entry.hasInstallScript,
    file,
  };
  if (entry.version !== undefined) pkg.version = entry.version;
  if (verdict !== undefined) pkg.scriptsVerdict = verdict;
  if (line !== undefined) pkg.line = line;
  if (entry.dev) pkg.dev = true;
  if (entry.optional) pkg.optional = true;
  // A scope is the registry's namespace: `@scope/name` (the SBOM's component group).
  if (entry.name.startsWith('@') && entry.name.includes('/')) pkg.group = entry.name.slice(0, entry.name.indexOf('/'));
  if (purl !== undefined) pkg.purl = purl;
  const hashes = entryHashes(entry);
  if (hashes.length) pkg.hashes = hashes;
  return pkg;
}
