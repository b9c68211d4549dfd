/** Inventory from the loaded model: locked packages, configured indexes, pdm hooks, setup.py. https://packaging.python.org/en/latest/specifications/ */
import {
  addHash,
  packageUrl,
  prefixedHash,
  type InventoryHash,
  type InventoryPackage,
  type PackageSource,
} from '@inert/core';
import type { LockEntry, PipModel } from '../model.js';
import { iniValues, splitWords } from './ini.js';
import { buildsFromSource } from './locks.js';
import { normalizeName } from './pep508.js';
import { pdmHooks } from './toml-project.js';

export function toInventory(model: PipModel): void {
  const inv = model.inventory;
  for (const lock of model.locks) {
    const spans = lock.doc.locate(lock.entries.map((e) => ({ route: e.route, part: 'key' as const })));
    const packages = lock.entries.map((e, i) => lockPackage(e, lock.path, spans[i]?.line));
    lockEdges(lock.entries, packages);
    inv.packages.push(...packages);
  }
  for (const req of model.requirements) {
    if (req.role !== 'install') continue;
    for (const r of req.requirements) {
      if (!r.pinned || !r.name) continue;
      const version = r.specifier.replace(/^===?\s*/, '');
      const integrity = r.hashes[0]?.split(':')[0] ?? null;
      const pkg: InventoryPackage = {
        ecosystem: 'pip',
        name: normalizeName(r.name),
        version,
        source: { kind: 'registry' },
        integrity,
        installScripts: null,
        file: req.path,
        line: r.line,
      };
      const purl = pypiPurl(pkg.name, version, pkg.source);
      if (purl !== undefined) pkg.purl = purl;
      const hashes: InventoryHash[] = [];
      for (const h of r.hashes) addHash(hashes, prefixedHash(h));
      if (hashes.length) pkg.hashes = hashes;
      inv.packages.push(pkg);
    }
    for (const o of req.options) {
      if (o.name === 'index-url' || o.name === 'extra-index-url' || o.name === 'find-links')
        inv.sources.push({
          ecosystem: 'pip',
          url: o.value,
          role: o.name === 'index-url' ? 'default' : o.name,
          file: req.path,
          line: o.line,
        });
    }
  }
  for (const conf of model.pipConfs) {
    for (const e of conf.entries) {
      if (e.key !== 'index-url' && e.key !== 'extra-index-url' && e.key !== 'find-links') continue;
      for (const v of splitWords(iniValues(e)))
        inv.sources.push({
          ecosystem: 'pip',
          url: v.value,
          role: e.key === 'index-url' ? 'default' : e.key,
          file: conf.path,
          line: v.line,
        });
    }
  }
  for (const t of model.tomls) {
    const spans = t.doc.locate(
      t.sources.map((s) => ({ route: 'route' in s.at ? s.at.route : [], part: 'key' as const })),
    );
    t.sources.forEach((s, i) => {
      if (s.url)
        inv.sources.push({
          ecosystem: 'pip',
          url: s.url,
          role: `${s.tool}:${s.name ?? 'unnamed'}`,
          file: t.path,
          line: spans[i]?.line ?? 1,
        });
    });
    const hooks = pdmHooks(t);
    const hookSpans = t.doc.locate(hooks.map((h) => ({ route: h.route, part: 'key' as const })));
    hooks.forEach((h, i) =>
      inv.hooks.push({
        ecosystem: 'pip',
        package: t.dir || '.',
        hook: `pdm ${h.hook}`,
        command: h.command,
        file: t.path,
        line: hookSpans[i]?.line ?? 1,
      }),
    );
  }
  for (const s of model.setupPys) {
    inv.executableManifests.push({
      ecosystem: 'pip',
      file: s.path,
      runsOn: 'pip install / build of this project (setuptools backend)',
      readable: s.readable,
    });
  }
}

function lockPackage(e: LockEntry, file: string, line: number | undefined): InventoryPackage {
  const source: PackageSource = e.sourceUrl !== undefined ? { kind: e.source, url: e.sourceUrl } : { kind: e.source };
  const hashes = e.files ? e.files.map((f) => f.hash).filter((h): h is string => !!h) : e.hashes;
  const integrity = hashes[0] ? (hashes[0].split(':')[0] ?? null) : null;
  const pkg: InventoryPackage = {
    ecosystem: 'pip',
    name: normalizeName(e.name),
    source,
    integrity,
    installScripts: buildsFromSource(e),
    file,
  };
  if (e.version !== undefined) pkg.version = e.version;
  if (line !== undefined) pkg.line = line;
  if (e.dev) pkg.dev = true;
  const purl = pypiPurl(pkg.name, e.version, source);
  if (purl !== undefined) pkg.purl = purl;
  const digests: InventoryHash[] = [];
  if (e.files) {
    for (const f of e.files) {
      const h = f.hash !== undefined ? prefixedHash(f.hash) : undefined;
      if (h) addHash(digests, f.name ? { ...h, artifact: f.name } : h);
    }
  } else for (const h of e.hashes) addHash(digests, prefixedHash(h));
  if (digests.length) pkg.hashes = digests;
  return pkg;
}

/**
 * pkg:pypi purl: the PEP 503 normalised name (packageurl-js lowercases and turns `_` into `-`, as the
 * purl spec's pypi type says); git sources carry `vcs_url`, direct URLs `download_url`, other indexes `repository_url`.
 * https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#pypi
 */
export function pypiPurl(name: string, version: string | undefined, source: PackageSource): string | undefined {
  const qualifiers: Record<string, string | undefined> = {};
  if (source.kind === 'git') qualifiers.vcs_url = source.url;
  else if (source.kind === 'url') qualifiers.download_url = source.url;
  else if (source.kind === 'registry' && source.url && !/^https:\/\/pypi\.org\/simple\/?$/.test(source.url))
    qualifiers.repository_url = source.url;
  return packageUrl({ type: 'pypi', name: normalizeName(name), version, qualifiers });
}

/** Edges by normalised name within one lock; a name locked at several versions resolves only when the lock names the version. */
function lockEdges(entries: readonly LockEntry[], packages: InventoryPackage[]): void {
  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const n = normalizeName(e.name);
    byName.set(n, [...(byName.get(n) ?? []), i]);
  });
  entries.forEach((e, i) => {
    if (!e.requires) return;
    const out: string[] = [];
    for (const r of e.requires) {
      const candidates = byName.get(normalizeName(r.name)) ?? [];
      const hit =
        r.version !== undefined
          ? candidates.find((c) => entries[c]!.version === r.version)
          : candidates.length === 1
            ? candidates[0]
            : undefined;
      const purl = hit === undefined ? undefined : packages[hit]!.purl;
      if (purl && !out.includes(purl)) out.push(purl);
    }
    packages[i]!.dependsOn = out;
  });
}
