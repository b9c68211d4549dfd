/**
 * What each of the npm plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time. A reader in UNREAD judges the file by its presence and is called without its text.
 * The lockfile readers are in lock-readers.ts, imported when the plugin claims a lockfile.
 */
import type { ClaimedFile, ParseLimits, Parsed } from '@inert/core';
import type { NpmReader } from '../files.js';
import type { NpmModel } from '../model.js';
import { parseBunfig, parseYamlConfig, parseYarnrc } from './config-files.js';
import { parsePackageJson } from './package-json.js';
import { dirOf } from './paths.js';
import { parsePnpmfile } from './pnpmfile.js';
import { parseNpmrc } from './npmrc.js';

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (model: NpmModel, file: ClaimedFile, text: string, limits: ParseLimits | undefined) => void;

/** Readers whose files count by their presence: never read. */
export const UNREAD: ReadonlySet<NpmReader> = new Set<NpmReader>(['binding-gyp', 'bun-lockb']);

/** The readers of lockfiles (`LOCK_READERS` of lock-readers.ts): the type is this list's, so the two cannot differ. */
const LOCK_READER_LIST = ['package-lock', 'yarn-lock', 'pnpm-lock', 'bun-lock', 'bun-lockb'] as const;
export type LockReader = (typeof LOCK_READER_LIST)[number];
const LOCK_READER_NAMES: ReadonlySet<NpmReader> = new Set<NpmReader>(LOCK_READER_LIST);
export const isLockReader = (reader: NpmReader): reader is LockReader => LOCK_READER_NAMES.has(reader);

export const keep = <T>(model: NpmModel, parsed: Parsed<T>, into: T[]): void => {
  if (parsed.ok) into.push(parsed.value);
  else model.problems.push(parsed.problem);
};

export const READERS: Record<Exclude<NpmReader, LockReader>, ReadInto> = {
  'package-json': (model, file, text, limits) =>
    keep(model, parsePackageJson(text, file.path, limits), model.manifests),
  npmrc: (model, file, text) => model.npmrcs.push(parseNpmrc(text, file.path)),
  yarnrc: (model, file, text) => model.yarnrcs.push(parseYarnrc(text, file.path)),
  'yarnrc-yml': (model, file, text, limits) => keep(model, parseYamlConfig(text, file.path, limits), model.yarnrcYmls),
  'pnpm-workspace': (model, file, text, limits) =>
    keep(model, parseYamlConfig(text, file.path, limits), model.pnpmWorkspaces),
  bunfig: (model, file, text, limits) => keep(model, parseBunfig(text, file.path, limits), model.bunfigs),
  pnpmfile: (model, file, text) => model.pnpmfiles.push(parsePnpmfile(text, file.path)),
  // node-gyp builds a directory holding binding.gyp: an implicit install script there.
  'binding-gyp': (model, file) => model.gypDirs.push(dirOf(file.path)),
};
