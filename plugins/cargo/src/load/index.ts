/** Loads Cargo manifests, locks, config, toolchain and credential files; builds the inventory. https://doc.rust-lang.org/cargo/reference/manifest.html */
import {
  analyseHookSource,
  analysisFromEvidence,
  readerOf,
  type ClaimedFile,
  type LoadContext,
  type ReadFile,
} from '@inert/core';
import { files as rules } from '../files.js';
import type { CargoModel } from '../model.js';
import { hooks } from '../hooks.js';
import { clients } from './clients.js';
import { executableManifests, lockedPackages, sources } from './inventory.js';
import { READERS, UNREAD } from './readers.js';

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
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(rules, file);
    if (reader === undefined || UNREAD.has(reader)) continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    READERS[reader](model, file, text, { limits: context?.limits, present });
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
