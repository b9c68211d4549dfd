/** gradle/libs.versions.toml (version catalog) read with the core TOML parser: libraries and plugins with their versions. https://docs.gradle.org/current/userguide/version_catalogs.html */
import { isRecord, parseToml, type ParseProblem, type Span, type ParseLimits } from '@inert/core';
import type { Catalog, CatalogEntry } from '../model.js';

/** A version entry: a string, or a rich version `{ strictly | require | prefer }`, or `{ ref }` into [versions]. */
function versionOf(v: unknown, versions: Record<string, unknown>, depth = 0): string | undefined {
  if (typeof v === 'string') return v;
  if (!isRecord(v) || depth > 2) return undefined;
  if (typeof v.ref === 'string') return versionOf(versions[v.ref], versions, depth + 1);
  for (const k of ['strictly', 'require', 'prefer']) if (typeof v[k] === 'string') return v[k];
  return undefined;
}

export function parseCatalog(
  text: string,
  path: string,
  limits?: ParseLimits,
): { catalog?: Catalog; problems: ParseProblem[] } {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const doc = parsed.value;
  const versions = isRecord(doc.value.versions) ? doc.value.versions : {};
  const catalog: Catalog = { path, libraries: [], plugins: [] };
  const problems: ParseProblem[] = [];
  const pending: { list: CatalogEntry[]; entry: Omit<CatalogEntry, 'line'>; route: string[] }[] = [];
  for (const section of ['libraries', 'plugins'] as const) {
    const table = doc.value[section];
    if (table === undefined) continue;
    if (!isRecord(table)) {
      problems.push({ file: path, kind: 'shape', reason: `[${section}] is not a table` });
      continue;
    }
    for (const [alias, raw] of Object.entries(table)) {
      let group: string | undefined, name: string | undefined, version: string | undefined;
      if (typeof raw === 'string') [group, name, version] = raw.split(':');
      else if (isRecord(raw)) {
        const id = section === 'plugins' ? raw.id : raw.module;
        if (typeof id === 'string') [group, name] = section === 'plugins' ? [id, id] : id.split(':');
        else if (typeof raw.group === 'string' && typeof raw.name === 'string') [group, name] = [raw.group, raw.name];
        version =
          versionOf(raw.version, versions) ??
          (typeof raw['version.ref'] === 'string' ? versionOf(versions[raw['version.ref']], versions) : undefined);
      }
      if (!group || !name) continue;
      pending.push({
        list: section === 'libraries' ? catalog.libraries : catalog.plugins,
        entry: { alias, group, name, ...(version ? { version } : {}) },
        route: [section, alias],
      });
    }
  }
  let spans: Span[] = [];
  try {
    spans = doc.locate(pending.map((p) => ({ route: p.route, part: 'key' as const })));
  } catch {
    spans = [];
  }
  pending.forEach((p, i) => p.list.push({ ...p.entry, line: spans[i]?.line ?? 1 }));
  return { catalog, problems };
}
