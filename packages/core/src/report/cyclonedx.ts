/**
 * CycloneDX 1.6 JSON from the inventory, built with the CycloneDX project's own model and normaliser
 * (@cyclonedx/cyclonedx-library) so the document follows the specification the library tracks.
 * One component per distinct purl (a package locked in several lockfiles is one component with one
 * occurrence per lockfile line); packages without a purl (no exact coordinates) get a bom-ref of
 * their own. The library's model has no `evidence.occurrences` (CycloneDX 1.5+), so the file:line
 * evidence is added to the normalised object before it is serialised; the schema test covers it.
 * https://cyclonedx.org/docs/1.6/json/
 */
import { createRequire } from 'node:module';
import type * as CycloneDx from '@cyclonedx/cyclonedx-library';
import type { InventoryHash, InventoryPackage } from '../inventory.js';
import type { ScanResult } from '../result.js';
import { lazyLibrary } from '../library.js';

type Enums = typeof CycloneDx.Enums;
type Models = typeof CycloneDx.Models;
type Component = CycloneDx.Models.Component;
type HashAlgorithm = CycloneDx.Enums.HashAlgorithm;

// Loaded on first use: the library is a large module graph that a scan without an SBOM never needs
// (start-up time, docs/decisions/0004).
const require = createRequire(import.meta.url);
const cyclonedx = lazyLibrary(
  '@cyclonedx/cyclonedx-library',
  () => require('@cyclonedx/cyclonedx-library') as typeof CycloneDx,
);

const HASH_ALGORITHM: Record<InventoryHash['algorithm'], `${HashAlgorithm}`> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};

interface Entry {
  ref: string;
  packages: InventoryPackage[];
}

export function renderCycloneDx(result: ScanResult): string {
  const { Enums, Models, Serialize, Spec } = cyclonedx();
  const groups = groupPackages(result.inventory.packages);
  const bom = new Models.Bom();
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, result.tool.name, {
      version: result.tool.version,
      bomRef: `tool:${result.tool.name}`,
    }),
  );
  bom.metadata.properties.add(new Models.Property('inert:root', result.root));
  // An incomplete inventory must not look complete: files that could not be read are named.
  for (const f of result.files) {
    if (f.status === 'unparsed' || f.status === 'skipped')
      bom.metadata.properties.add(new Models.Property('inert:unread-file', f.path));
  }
  const components = new Map<string, Component>();
  for (const g of groups) {
    const c = component(g, Enums, Models);
    components.set(g.ref, c);
    bom.components.add(c);
  }
  // Edges: a purl another package names, when that purl is a component of this document.
  for (const g of groups) {
    const c = components.get(g.ref)!;
    for (const p of g.packages) {
      for (const target of p.dependsOn ?? []) {
        const t = components.get(target);
        if (t && t !== c) c.dependencies.add(t.bomRef);
      }
    }
  }
  const normalized = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
    .makeForBom()
    .normalize(bom, { sortLists: true }) as unknown as NormalizedBom;
  const byRef = new Map(groups.map((g) => [g.ref, g]));
  for (const c of normalized.components ?? []) {
    const g = c['bom-ref'] !== undefined ? byRef.get(c['bom-ref']) : undefined;
    if (g) c.evidence = { ...(c.evidence ?? {}), occurrences: occurrences(g.packages) };
  }
  return `${JSON.stringify(normalized, null, 2)}\n`;
}

interface NormalizedBom {
  components?: { 'bom-ref'?: string; evidence?: Record<string, unknown> }[];
}

function groupPackages(packages: readonly InventoryPackage[]): Entry[] {
  const byRef = new Map<string, Entry>();
  for (const p of packages) {
    const ref =
      p.purl ??
      `inert:${p.ecosystem}:${p.name}${p.version !== undefined ? `@${p.version}` : ''}:${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
    const e = byRef.get(ref);
    if (e) e.packages.push(p);
    else byRef.set(ref, { ref, packages: [p] });
  }
  return [...byRef.values()];
}

function component(g: Entry, Enums: Enums, Models: Models): Component {
  const first = g.packages[0]!;
  const { group, name } = splitName(first);
  const c = new Models.Component(Enums.ComponentType.Library, name, {
    bomRef: g.ref,
    ...(group !== undefined ? { group } : {}),
    ...(first.version !== undefined && first.purl !== undefined ? { version: first.version } : {}),
    ...(first.purl !== undefined ? { purl: first.purl } : {}),
    scope: scopeOf(g.packages, Enums),
  });
  // Digests of the artifact go on the component; digests of one of several files (a wheel, an sdist) on a distribution reference named after that file.
  const files = new Map<string, CycloneDx.Models.ExternalReference>();
  for (const p of g.packages) {
    for (const h of p.hashes ?? []) {
      if (h.artifact === undefined) {
        if (!c.hashes.has(HASH_ALGORITHM[h.algorithm] as HashAlgorithm))
          c.hashes.set(HASH_ALGORITHM[h.algorithm] as HashAlgorithm, h.hex);
        continue;
      }
      let ref = files.get(h.artifact);
      if (!ref) {
        ref = new Models.ExternalReference(uriReference(h.artifact), Enums.ExternalReferenceType.Distribution, {
          comment: `file ${h.artifact}, as ${p.file} records it`,
        });
        files.set(h.artifact, ref);
        c.externalReferences.add(ref);
      }
      if (!ref.hashes.has(HASH_ALGORITHM[h.algorithm] as HashAlgorithm))
        ref.hashes.set(HASH_ALGORITHM[h.algorithm] as HashAlgorithm, h.hex);
    }
  }
  const urls = new Set<string>();
  for (const p of g.packages) {
    const url = p.source.url;
    if (url === undefined || urls.has(url)) continue;
    urls.add(url);
    c.externalReferences.add(
      new Models.ExternalReference(uriReference(url), referenceType(p.source.kind, Enums), {
        comment: `${p.source.kind} source, from ${p.file}`,
      }),
    );
  }
  c.properties.add(new Models.Property('inert:ecosystem', first.ecosystem));
  for (const kind of new Set(g.packages.map((p) => p.source.kind)))
    c.properties.add(new Models.Property('inert:source', kind));
  // A declared range (no lock pinned it) is kept as a property: `version` is for one version.
  if (first.purl === undefined && first.version !== undefined)
    c.properties.add(new Models.Property('inert:declared-version', first.version));
  for (const p of g.packages) {
    if (p.installScripts === true)
      c.properties.add(new Models.Property('inert:install-scripts', p.scriptsVerdict ?? 'unknown'));
  }
  return c;
}

/** The group the plugin put in the inventory (a scope, a group id) is the CycloneDX group; other names stay whole. */
function splitName(p: InventoryPackage): { group?: string; name: string } {
  const { group } = p;
  if (group !== undefined && group !== '' && p.name.length > group.length + 1 && p.name.startsWith(group))
    return { group, name: p.name.slice(group.length + 1) };
  return { name: p.name };
}

/** Required if any occurrence is a normal dependency; optional when all are optional; excluded when all are dev-only. */
function scopeOf(packages: readonly InventoryPackage[], Enums: Enums): CycloneDx.Enums.ComponentScope {
  if (packages.every((p) => p.dev === true)) return Enums.ComponentScope.Excluded;
  if (packages.every((p) => p.dev === true || p.optional === true)) return Enums.ComponentScope.Optional;
  return Enums.ComponentScope.Required;
}

function referenceType(kind: InventoryPackage['source']['kind'], Enums: Enums): CycloneDx.Enums.ExternalReferenceType {
  switch (kind) {
    case 'git':
      return Enums.ExternalReferenceType.VCS;
    case 'registry':
    case 'url':
      return Enums.ExternalReferenceType.Distribution;
    default:
      return Enums.ExternalReferenceType.Other;
  }
}

function occurrences(packages: readonly InventoryPackage[]): { location: string; line?: number }[] {
  const seen = new Set<string>();
  const out: { location: string; line?: number }[] = [];
  for (const p of packages) {
    const key = `${p.file}:${p.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.line !== undefined ? { location: p.file, line: p.line } : { location: p.file });
  }
  return out;
}

/**
 * A string as a URI reference (CycloneDX `url` is `iri-reference`): characters a URI may not hold are
 * percent-encoded, existing `%XX` escapes are kept (a registry's `%2f` must not become `%252f`).
 */
export function uriReference(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^\w\-.~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
}
