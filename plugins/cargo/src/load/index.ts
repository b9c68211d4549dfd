/** Loads Cargo manifests, locks, config, toolchain and credential files; builds the inventory. https://doc.rust-lang.org/cargo/reference/manifest.html */
import {
  analyseHookSource,
  analysisFromEvidence,
  dirOf,
  type ClaimedFile,
  type LoadContext,
  type ReadFile,
} from '@inert/core';
import type { CargoModel } from '../model.js';
import { hooks } from '../hooks.js';
import { parseConfig, parseCredentials, parseToolchain } from './config.js';
import { clients } from './clients.js';
import { executableManifests, lockedPackages, sources } from './inventory.js';
import { parseLockfile } from './lockfile.js';
import { parseManifest } from './manifest.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<CargoModel> {
  const model: CargoModel = {
    problems: [],
    inventory: { packages: [], sources: [], executableManifests: [], clients: [] },
    manifests: [],
    locks: [],
    configs: [],
    toolchains: [],
    credentials: [],
  };
  const present = files.map((f) => f.path);
  for (const file of files) {
    if (file.skipped) continue;
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    // build.rs and src/main.rs are claimed for their presence only: never read.
    if (file.kind === 'build-script') continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    const dir = dirOf(file.path);
    const push = <T>(
      parsed: { ok: true; value: T } | { ok: false; problem: CargoModel['problems'][number] },
      into: T[],
    ) => {
      if (parsed.ok) into.push(parsed.value);
      else model.problems.push(parsed.problem);
    };
    if (name === 'Cargo.toml')
      push(parseManifest(text, file.path, dir, siblings(present, dir), context?.limits), model.manifests);
    else if (name === 'Cargo.lock') push(parseLockfile(text, file.path, dir, context?.limits), model.locks);
    else if (name.startsWith('rust-toolchain'))
      push(parseToolchain(text, file.path, context?.limits), model.toolchains);
    else if (name.startsWith('credentials'))
      push(parseCredentials(text, file.path, context?.limits), model.credentials);
    else push(parseConfig(text, file.path, context?.limits), model.configs);
  }
  if (context?.package) {
    model.packageMode = true;
    // The crate's own build script is what `cargo build` of any dependent compiles and runs: read it (as text) and analyse it.
    const root = model.manifests.find((m) => m.dir === '');
    const file = root?.buildScript && root.buildScript.declared !== 'links' ? root.buildScript.file : undefined;
    const text = file !== undefined && (context.isFile?.(file) ?? true) ? await read(file) : undefined;
    // A declared script the archive does not hold (or holds as a non-file) is not harmless: say it could not be read (medium).
    if (root && file !== undefined) {
      model.packageBuildScript =
        text !== undefined
          ? { manifest: root, file, analysis: analyseHookSource(text, context.hooks ?? hooks) }
          : {
              manifest: root,
              file,
              analysis: analysisFromEvidence([{ behaviour: 'opaque', text: file, offset: 0 }]),
              unread: true,
            };
    }
  }
  model.inventory.packages = lockedPackages(model);
  model.inventory.sources = sources(model);
  model.inventory.executableManifests = executableManifests(model);
  model.inventory.clients = clients(model);
  return model;
}

/** Claimed paths under `dir`, relative to it. */
function siblings(paths: readonly string[], dir: string): Set<string> {
  const prefix = dir ? `${dir}/` : '';
  return new Set(paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
}
