/**
 * What each of the cargo plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time. A reader in UNREAD judges the file by its presence and is called without its text.
 */
import { dirOf, type ClaimedFile, type ParseLimits, type Parsed } from '@inert/core';
import type { CargoReader } from '../files.js';
import type { CargoModel } from '../model.js';
import { parseConfig, parseCredentials, parseToolchain } from './config.js';
import { parseLockfile } from './lockfile.js';
import { parseManifest } from './manifest.js';

/** What a reader gets besides the file: the scan's parse limits and every claimed path (a manifest's targets). */
export interface ReadContext {
  limits: ParseLimits | undefined;
  present: readonly string[];
}

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (model: CargoModel, file: ClaimedFile, text: string, context: ReadContext) => void;

/** Readers whose files count by their presence: never read. */
export const UNREAD: ReadonlySet<CargoReader> = new Set<CargoReader>(['presence']);

const keep = <T>(model: CargoModel, parsed: Parsed<T>, into: T[]): void => {
  if (parsed.ok) into.push(parsed.value);
  else model.problems.push(parsed.problem);
};

export const READERS: Record<CargoReader, ReadInto> = {
  'cargo-toml': (model, file, text, { limits, present }) => {
    const dir = dirOf(file.path);
    keep(model, parseManifest(text, file.path, dir, siblings(present, dir), limits), model.manifests);
  },
  'cargo-lock': (model, file, text, { limits }) =>
    keep(model, parseLockfile(text, file.path, dirOf(file.path), limits), model.locks),
  'cargo-config': (model, file, text, { limits }) => keep(model, parseConfig(text, file.path, limits), model.configs),
  'rust-toolchain-toml': (model, file, text, { limits }) =>
    keep(model, parseToolchain(text, file.path, false, limits), model.toolchains),
  'rust-toolchain': (model, file, text, { limits }) =>
    keep(model, parseToolchain(text, file.path, true, limits), model.toolchains),
  'cargo-credentials': (model, file, text, { limits }) =>
    keep(model, parseCredentials(text, file.path, limits), model.credentials),
  // build.rs and binary targets: the manifest reads their presence from `present`.
  presence: () => undefined,
};

/** Claimed paths under `dir`, relative to it. */
function siblings(paths: readonly string[], dir: string): Set<string> {
  const prefix = dir ? `${dir}/` : '';
  return new Set(paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
}
