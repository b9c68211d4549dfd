/** The inventory: every Cargo.lock package with its source, configured registries, build scripts. https://doc.rust-lang.org/cargo/reference/registries.html */
import {
  hexHash,
  packageUrl,
  type InventoryExecutableManifest,
  type InventoryHash,
  type InventoryPackage,
  type InventorySource,
} from '@inert/core';
import type { CargoModel, Lockfile, LockPackage, Manifest } from '../model.js';
import { entries, str, table } from './table.js';

export function lockedPackages(model: CargoModel): InventoryPackage[] {
  const out: InventoryPackage[] = [];
  for (const lock of model.locks) {
    const lines = lock.doc.locate(lock.packages.map((p) => ({ route: p.route, part: 'key' as const })));
    const packages = lock.packages.map((p, i) => toInventory(p, lock, model.manifests, lines[i]?.line));
    lockEdges(lock.packages, packages);
    out.push(...packages);
  }
  return out;
}

/**
 * pkg:cargo purl; git sources carry `vcs_url` (with the locked commit), other registries `repository_url`.
 * https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#cargo
 */
function cargoPurl(p: LockPackage): string | undefined {
  const qualifiers: Record<string, string | undefined> = {};
  if (p.source?.startsWith('git+')) qualifiers.vcs_url = p.source;
  else if (p.source?.startsWith('registry+') && p.source !== 'registry+https://github.com/rust-lang/crates.io-index')
    qualifiers.repository_url = p.source.slice('registry+'.length);
  else if (p.source?.startsWith('sparse+') && p.source !== 'sparse+https://index.crates.io/')
    qualifiers.repository_url = p.source;
  return packageUrl({ type: 'cargo', name: p.name, version: p.version, qualifiers });
}

/** `dependencies = ["name", "name version", "name version (source)"]`: the short forms are used only when unambiguous, as cargo writes them. */
function lockEdges(locked: readonly LockPackage[], packages: InventoryPackage[]): void {
  locked.forEach((p, i) => {
    if (!p.dependencies) return;
    const out: string[] = [];
    for (const d of p.dependencies) {
      const [name, version, source] = d.split(' ');
      const src = source?.replace(/^\(|\)$/g, '');
      const hit = locked.findIndex(
        (q) =>
          q.name === name &&
          (version === undefined || q.version === version) &&
          (src === undefined || q.source === src),
      );
      const purl = hit < 0 ? undefined : packages[hit]!.purl;
      if (purl && !out.includes(purl)) out.push(purl);
    }
    packages[i]!.dependsOn = out;
  });
}

function toInventory(
  p: LockPackage,
  lock: Lockfile,
  manifests: readonly Manifest[],
  line: number | undefined,
): InventoryPackage {
  const src = p.source;
  // Path packages (no source) are crates in this checkout: their manifests say whether they build code.
  const member = src === undefined ? manifests.find((m) => m.name === p.name) : undefined;
  return {
    ecosystem: 'cargo',
    name: p.name,
    version: p.version,
    source:
      src === undefined
        ? { kind: 'path' }
        : src.startsWith('git+')
          ? { kind: 'git', url: src.slice(4) }
          : { kind: 'registry', url: src.replace(/^registry\+/, '') },
    integrity: p.checksum ? 'sha256' : null,
    // The lock does not record build scripts or proc-macros: only crates whose manifest was read are known.
    installScripts: member ? Boolean(member.buildScript || member.procMacro) : null,
    file: lock.path,
    ...(line !== undefined ? { line } : {}),
    ...purlOf(p),
    ...hashOf(p),
  };
}

function purlOf(p: LockPackage): { purl?: string } {
  const purl = cargoPurl(p);
  return purl === undefined ? {} : { purl };
}

/** Cargo.lock `checksum` is the SHA-256 of the .crate file. */
function hashOf(p: LockPackage): { hashes?: InventoryHash[] } {
  const h = p.checksum !== undefined ? hexHash('sha256', p.checksum) : undefined;
  return h ? { hashes: [h] } : {};
}

export function sources(model: CargoModel): InventorySource[] {
  const out: InventorySource[] = [];
  for (const c of model.configs) {
    const locate = (route: (string | number)[]) => c.doc.locate([{ route, part: 'value' }])[0]?.line;
    for (const [name, reg] of entries(c.doc.value.registries)) {
      const index = str(table(reg).index);
      if (index !== undefined)
        out.push(
          withLine(
            { ecosystem: 'cargo', url: index, role: `registry:${name}`, file: c.path },
            locate(['registries', name, 'index']),
          ),
        );
    }
    for (const [name, s] of entries(c.doc.value.source)) {
      const t = table(s);
      const url = str(t.registry) ?? str(t.git) ?? str(t.directory) ?? str(t['local-registry']);
      const replaces = str(t['replace-with']);
      if (url !== undefined)
        out.push(withLine({ ecosystem: 'cargo', url, role: `source:${name}`, file: c.path }, locate(['source', name])));
      if (replaces !== undefined)
        out.push(
          withLine(
            { ecosystem: 'cargo', url: replaces, role: `replaces:${name}`, file: c.path },
            locate(['source', name, 'replace-with']),
          ),
        );
    }
  }
  return out;
}

function withLine(source: InventorySource, line: number | undefined): InventorySource {
  return line === undefined ? source : { ...source, line };
}

/** Build scripts and proc-macros of crates in the checkout: programs cargo builds and runs. */
export function executableManifests(model: CargoModel): InventoryExecutableManifest[] {
  const out: InventoryExecutableManifest[] = [];
  for (const m of model.manifests) {
    if (m.buildScript)
      out.push({
        ecosystem: 'cargo',
        file: m.buildScript.declared === 'links' ? m.path : m.buildScript.file,
        runsOn: 'every cargo build, check, test and run',
        readable: false,
      });
    if (m.procMacro)
      out.push({
        ecosystem: 'cargo',
        file: m.path,
        runsOn: 'every compilation of a crate that uses the macro',
        readable: false,
      });
  }
  return out;
}
