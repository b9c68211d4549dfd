/** Cargo.toml: package, build script, `links`, proc-macro, every dependency table, `[patch]`, `[replace]`. https://doc.rust-lang.org/cargo/reference/manifest.html */
import { parseToml, type Parsed, type Route, type ParseLimits } from '@inert/core';
import type { Dependency, Manifest } from '../model.js';
import { collectDependencies } from './dependencies.js';
import { entries, str, table } from './table.js';

const DEP_TABLES = [
  'dependencies',
  'dev-dependencies',
  'build-dependencies',
  'dev_dependencies',
  'build_dependencies',
] as const;

/** `siblings`: paths relative to the manifest's directory of the other claimed files (build.rs, src/main.rs). */
export function parseManifest(
  text: string,
  path: string,
  dir: string,
  siblings: ReadonlySet<string>,
  limits?: ParseLimits,
): Parsed<Manifest> {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const root = doc.value;
  const pkg = table(root.package ?? root.project);
  const pkgKey = root.package !== undefined ? 'package' : 'project';
  const lib = table(root.lib);
  const dependencies: Dependency[] = [];
  for (const t of DEP_TABLES) collectDependencies(root[t], [t], 'dependencies', dependencies);
  for (const [target, spec] of entries(root.target)) {
    for (const t of DEP_TABLES)
      collectDependencies(table(spec)[t], ['target', target, t], 'dependencies', dependencies);
  }
  collectDependencies(table(root.workspace).dependencies, ['workspace', 'dependencies'], 'workspace', dependencies);
  for (const [source, deps] of entries(root.patch)) collectDependencies(deps, ['patch', source], 'patch', dependencies);
  collectDependencies(root.replace, ['replace'], 'replace', dependencies);

  const manifest: Manifest = {
    path,
    dir,
    doc,
    procMacro: lib['proc-macro'] === true || lib.proc_macro === true,
    // Auto-discovered binaries: src/main.rs and src/bin/ (unless `autobins = false`). https://doc.rust-lang.org/cargo/reference/cargo-targets.html#target-auto-discovery
    hasBinaries:
      (Array.isArray(root.bin) && root.bin.length > 0) ||
      (pkg.autobins !== false && [...siblings].some((s) => s === 'src/main.rs' || s.startsWith('src/bin/'))),
    isWorkspace: 'workspace' in root,
    dependencies,
  };
  if (manifest.isWorkspace) {
    const ws = table(root.workspace);
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    manifest.workspace = {
      ...(Array.isArray(ws.members) ? { members: strings(ws.members) } : {}),
      exclude: strings(ws.exclude),
    };
  }
  const pointer = str(pkg.workspace);
  if (pointer !== undefined) manifest.workspacePointer = pointer;
  const name = str(pkg.name);
  if (name !== undefined) manifest.name = name;
  const links = str(pkg.links);
  if (links !== undefined) manifest.links = links;
  if (name !== undefined) {
    const script = buildScript(pkg.build, siblings, [pkgKey]);
    if (script) manifest.buildScript = { ...script, file: dir ? `${dir}/${script.file}` : script.file };
    // `links` requires a build script: cargo refuses a manifest with `links` and none.
    else if (links !== undefined)
      manifest.buildScript = { route: [pkgKey, 'links'], file: 'build.rs', declared: 'links' };
  }
  return { ok: true, value: manifest };
}

/**
 * `build = "x.rs"` names the script, `build = false` turns auto-detection off, otherwise a `build.rs`
 * beside the manifest is the script. https://doc.rust-lang.org/cargo/reference/manifest.html#the-build-field
 */
function buildScript(
  build: unknown,
  siblings: ReadonlySet<string>,
  pkg: Route,
): { route: Route; file: string; declared: 'build' | 'build.rs' } | undefined {
  if (typeof build === 'string') return { route: [...pkg, 'build'], file: build, declared: 'build' };
  // Multiple build scripts (unstable) are an array of paths; the first stands for all of them.
  if (Array.isArray(build) && typeof build[0] === 'string')
    return { route: [...pkg, 'build'], file: build[0], declared: 'build' };
  if (build === false) return undefined;
  return siblings.has('build.rs') ? { route: pkg, file: 'build.rs', declared: 'build.rs' } : undefined;
}
