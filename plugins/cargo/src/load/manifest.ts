/** Cargo.toml: package, build script, proc-macro, every dependency table. https://doc.rust-lang.org/cargo/reference/manifest.html */
import { parseToml, type Parsed } from '@inert/core';
import type { Dependency, Manifest } from '../model.js';

type Table = Record<string, unknown>;
const DEP_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const;

export function parseManifest(text: string, path: string, dir: string, siblings: ReadonlySet<string>): Parsed<Manifest> {
  const parsed = parseToml(text, path);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const root = doc.value;
  const pkg = table(root.package);
  const lib = table(root.lib);
  const dependencies: Dependency[] = [];
  const collect = (deps: unknown, route: (string | number)[]) => {
    for (const [key, spec] of Object.entries(table(deps))) dependencies.push(dependency(key, spec, [...route, key]));
  };
  for (const t of DEP_TABLES) collect(root[t], [t]);
  for (const [target, spec] of Object.entries(table(root.target))) for (const t of DEP_TABLES) collect(table(spec)[t], ['target', target, t]);
  collect(table(root.workspace).dependencies, ['workspace', 'dependencies']);
  for (const [registry, deps] of Object.entries(table(root.patch))) collect(deps, ['patch', registry]);
  collect(root.replace, ['replace']);
  const build = pkg.build;
  const buildFile = typeof build === 'string' ? build : build === false ? undefined : siblings.has('build.rs') ? 'build.rs' : undefined;
  const manifest: Manifest = {
    path,
    dir,
    doc,
    procMacro: lib['proc-macro'] === true || lib.proc_macro === true,
    hasBinaries: Array.isArray(root.bin) || siblings.has('src/main.rs'),
    isWorkspace: 'workspace' in root,
    dependencies,
  };
  if (typeof pkg.name === 'string') manifest.name = pkg.name;
  if (pkg.name !== undefined && buildFile) manifest.buildScript = { route: typeof build === 'string' ? ['package', 'build'] : ['package'], file: dir ? `${dir}/${buildFile}` : buildFile };
  return { ok: true, value: manifest };
}

function dependency(key: string, spec: unknown, route: (string | number)[]): Dependency {
  if (typeof spec === 'string') return { key, name: key, version: spec, route };
  const t = table(spec);
  const dep: Dependency = { key, name: typeof t.package === 'string' ? t.package : key, route };
  for (const field of ['version', 'git', 'branch', 'tag', 'rev', 'path', 'registry'] as const) {
    if (typeof t[field] === 'string') dep[field] = t[field] as string;
  }
  return dep;
}

export function table(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {};
}
