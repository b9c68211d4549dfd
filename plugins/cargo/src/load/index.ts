/** Loads Cargo manifests, locks, config, toolchain and credential files; builds the inventory. */
import { dirOf, parseToml, type ClaimedFile, type InventoryPackage, type ReadFile } from '@inert/core';
import type { CargoModel, Lockfile, Manifest } from '../model.js';
import { parseLockfile } from './lockfile.js';
import { parseManifest, table } from './manifest.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile): Promise<CargoModel> {
  const model: CargoModel = { projects: [], problems: [], inventory: { packages: [], sources: [] }, manifests: [], locks: [], configs: [], toolchains: [], credentials: [] };
  const present = new Set(files.map((f) => f.path));
  for (const file of files) {
    if (file.skipped) continue;
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const dir = dirOf(file.path);
    if (name === 'build.rs' || name === 'main.rs') continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    if (name === 'Cargo.toml') {
      const siblings = new Set([...present].filter((p) => p.startsWith(dir ? `${dir}/` : '')).map((p) => (dir ? p.slice(dir.length + 1) : p)));
      const parsed = parseManifest(text, file.path, dir, siblings);
      if (parsed.ok) model.manifests.push(parsed.value);
      else model.problems.push(parsed.problem);
    } else if (name === 'Cargo.lock') {
      const parsed = parseLockfile(text, file.path, dir);
      if (parsed.ok) model.locks.push(parsed.value);
      else model.problems.push(parsed.problem);
    } else if (name === 'rust-toolchain' && !/^\s*\[/m.test(text)) {
      model.toolchains.push({ path: file.path }); // legacy file: a bare channel name on one line
    } else {
      const parsed = parseToml(text, file.path);
      if (!parsed.ok) {
        model.problems.push(parsed.problem);
        continue;
      }
      const doc = parsed.value;
      if (name.startsWith('rust-toolchain')) {
        const path = table(doc.value.toolchain).path;
        model.toolchains.push({ path: file.path, doc, ...(typeof path === 'string' ? { customPath: path } : {}) });
      } else if (name.startsWith('credentials')) {
        const tokens: (string | number)[][] = [];
        if (typeof table(doc.value.registry).token === 'string') tokens.push(['registry', 'token']);
        for (const [reg, v] of Object.entries(table(doc.value.registries))) if (typeof table(v).token === 'string') tokens.push(['registries', reg, 'token']);
        model.credentials.push({ path: file.path, doc, tokens });
      } else model.configs.push({ path: file.path, dir: dirOf(dir), doc });
    }
  }
  for (const lock of model.locks) for (const p of lock.packages) model.inventory.packages!.push(toInventory(p, lock, model.manifests));
  for (const c of model.configs) {
    for (const [name, reg] of Object.entries(table(c.doc.value.registries))) {
      const index = table(reg).index;
      if (typeof index === 'string') model.inventory.sources!.push({ ecosystem: 'cargo', url: index, role: `registry:${name}`, file: c.path });
    }
  }
  const dirs = [...new Set(model.manifests.map((m) => m.dir))].sort();
  model.projects = dirs.map((dir) => ({ dir, files: files.filter((f) => dirOf(f.path) === dir).map((f) => f.path) }));
  return model;
}

function toInventory(p: Lockfile['packages'][number], lock: Lockfile, manifests: readonly Manifest[]): InventoryPackage {
  const src = p.source;
  const git = src?.startsWith('git+') ? src.slice(4) : undefined;
  const member = !src ? manifests.find((m) => m.name === p.name) : undefined;
  const line = lock.doc.locate([{ route: ['package', p.index], part: 'key' }])[0]?.line;
  return {
    ecosystem: 'cargo',
    name: p.name,
    version: p.version,
    source: !src ? { kind: 'path' } : git ? { kind: 'git', url: git } : { kind: 'registry', url: src.replace(/^(registry|sparse)\+/, '') },
    integrity: p.checksum ? 'sha256' : null,
    // Registry crates may have build.rs too, but the lock does not say; workspace members are known.
    installScripts: member ? Boolean(member.buildScript || member.procMacro) : null,
    file: lock.path,
    ...(line !== undefined ? { line } : {}),
  };
}

