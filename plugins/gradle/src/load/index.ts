/** Loads Gradle scripts, wrapper and build properties, verification metadata, catalogs and lockfiles; builds the inventory. https://docs.gradle.org/current/userguide/dependency_locking.html */
import {
  addHash,
  hexHash,
  packageUrl,
  type InventoryHash,
  type ClaimedFile,
  type InventorySource,
  type LoadContext,
  type ReadFile,
  readerOf,
} from '@inert/core';
import { files as rules } from '../files.js';
import type { GradleModel, Script } from '../model.js';
import { READERS } from './readers.js';
import { wrapperClients } from './clients.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<GradleModel> {
  const model: GradleModel = {
    problems: [],
    inventory: { packages: [], sources: [], executableManifests: [], clients: [] },
    scripts: [],
    wrappers: [],
    properties: [],
    daemonJvm: [],
    verification: [],
    lockfiles: [],
    catalogs: [],
    buildSrc: [],
  };
  for (const file of files) {
    if (file.skipped) continue;
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(rules, file);
    if (reader === undefined) continue;
    const text = await read(file.path);
    if (text !== undefined) await READERS[reader](model, file, text, context?.limits);
  }
  const verified = new Set(model.verification.flatMap((v) => [...v.components]));
  const seen = new Set<string>();
  for (const lock of model.lockfiles) {
    for (const e of lock.entries) {
      const id = `${e.group}:${e.name}:${e.version}`;
      model.inventory.packages.push({
        ecosystem: 'gradle',
        name: `${e.group}:${e.name}`,
        version: e.version,
        source: { kind: 'registry' },
        integrity: verified.has(id) ? 'sha256' : null,
        installScripts: false,
        file: lock.path,
        line: e.line,
      });
      seen.add(id);
    }
  }
  // Nothing locked: the literal declarations are what the build asks for.
  if (model.lockfiles.length === 0) {
    for (const s of model.scripts)
      for (const d of s.deps) {
        const id = `${d.group}:${d.name}:${d.version ?? ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        model.inventory.packages.push({
          ecosystem: 'gradle',
          name: `${d.group}:${d.name}`,
          ...(d.version ? { version: d.version } : {}),
          source: { kind: 'registry' },
          integrity: d.version && verified.has(id) ? 'sha256' : null,
          installScripts: false,
          file: s.path,
          line: d.at.line,
        });
      }
    // Plugins resolve through their marker artifact `id:id.gradle.plugin`.
    for (const s of model.scripts)
      for (const p of s.plugins) {
        if (!p.version) continue;
        const name = `${p.id}:${p.id}.gradle.plugin`;
        if (seen.has(`${name}:${p.version}`)) continue;
        seen.add(`${name}:${p.version}`);
        model.inventory.packages.push({
          ecosystem: 'gradle',
          name,
          version: p.version,
          source: { kind: 'registry' },
          integrity: verified.has(`${name}:${p.version}`) ? 'sha256' : null,
          installScripts: false,
          file: s.path,
          line: p.at.line,
        });
      }
    for (const c of model.catalogs)
      for (const d of c.libraries) {
        const id = `${d.group}:${d.name}:${d.version ?? ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        model.inventory.packages.push({
          ecosystem: 'gradle',
          name: `${d.group}:${d.name}`,
          ...(d.version ? { version: d.version } : {}),
          source: { kind: 'registry' },
          integrity: d.version && verified.has(id) ? 'sha256' : null,
          installScripts: false,
          file: c.path,
          line: d.line,
        });
      }
  }
  for (const p of model.inventory.packages) {
    // `group:artifact`: the group id is the registry's namespace (the SBOM's component group).
    if (p.name.includes(':')) p.group = p.name.slice(0, p.name.indexOf(':'));
    const purl = mavenPurl(p.name, p.version);
    if (purl !== undefined) p.purl = purl;
    // verification-metadata.xml: a digest per artifact file (jar, pom, module) of this exact version.
    const hashes: InventoryHash[] = [];
    for (const v of model.verification) {
      for (const d of (p.version !== undefined ? v.digests?.get(`${p.name}:${p.version}`) : undefined) ?? []) {
        const h = hexHash(d.algorithm, d.hex);
        if (h) addHash(hashes, { ...h, artifact: d.artifact });
      }
    }
    if (hashes.length) p.hashes = hashes;
  }
  model.inventory.sources = repositorySources(model.scripts);
  model.inventory.clients = wrapperClients(model.wrappers);
  return model;
}

/** Where the shorthand repositories live. https://docs.gradle.org/current/userguide/supported_repository_types.html */
const WELL_KNOWN: Record<string, string> = {
  mavenCentral: 'https://repo.maven.apache.org/maven2/',
  google: 'https://dl.google.com/dl/android/maven2/',
  gradlePluginPortal: 'https://plugins.gradle.org/m2/',
  jcenter: 'https://jcenter.bintray.com/',
  mavenLocal: 'file:~/.m2/repository/',
};

/**
 * Every declared repository, block by block in declaration order: Gradle asks a block's repositories
 * in that order and takes a module from the first that has it (content filters aside).
 */
function repositorySources(scripts: readonly Script[]): InventorySource[] {
  const sources: InventorySource[] = [];
  for (const s of scripts) {
    const position = new Map<string, number>();
    for (const r of s.repos) {
      const n = (position.get(r.block) ?? 0) + 1;
      position.set(r.block, n);
      const url = r.url ?? WELL_KNOWN[r.kind] ?? '(computed)';
      const role = `${r.scope} repository ${n} (${r.kind}${r.filtered ? ', content-filtered' : ''})`;
      sources.push({ ecosystem: 'gradle', url, role, file: s.path, line: r.at.line });
    }
  }
  return sources;
}

/**
 * pkg:maven purl (group as namespace) for an exact version; a dynamic one (`1.+`, `[1,2)`, `latest.release`)
 * names no artifact, so it gets none. https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#maven
 */
function mavenPurl(coordinates: string, version: string | undefined): string | undefined {
  const [group, name] = coordinates.split(':');
  if (!group || !name || !version || /[+[\](),]|^latest\./.test(version)) return undefined;
  return packageUrl({ type: 'maven', namespace: group, name, version });
}
