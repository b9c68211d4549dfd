/**
 * What each of the npm plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time. A reader in UNREAD judges the file by its presence and is called without its text.
 */
import type { ClaimedFile, ParseLimits, Parsed } from '@inert/core';
import type { NpmReader } from '../files.js';
import type { Lockfile, NpmModel } from '../model.js';
import { bunLockbProblem, parseBunLock } from './bun-lock.js';
import { parseBunfig, parseYamlConfig, parseYarnrc } from './config-files.js';
import { parsePackageJson } from './package-json.js';
import { parsePackageLock } from './package-lock.js';
import { dirOf } from './paths.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parsePnpmfile } from './pnpmfile.js';
import { parseNpmrc } from './npmrc.js';
import { parseYarnLock } from './yarn-lock.js';

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (model: NpmModel, file: ClaimedFile, text: string, limits: ParseLimits | undefined) => void;

/** Readers whose files count by their presence: never read. */
export const UNREAD: ReadonlySet<NpmReader> = new Set<NpmReader>(['binding-gyp', 'bun-lockb']);

const keep = <T>(model: NpmModel, parsed: Parsed<T>, into: T[]): void => {
  if (parsed.ok) into.push(parsed.value);
  else model.problems.push(parsed.problem);
};

const lock =
  (parse: (text: string, path: string, limits?: ParseLimits) => Parsed<Lockfile>): ReadInto =>
  (model, file, text, limits) => {
    keep(model, parse(text, file.path, limits), model.locks);
  };

export const READERS: Record<NpmReader, ReadInto> = {
  'package-json': (model, file, text, limits) =>
    keep(model, parsePackageJson(text, file.path, limits), model.manifests),
  'package-lock': lock(parsePackageLock),
  'yarn-lock': lock(parseYarnLock),
  'pnpm-lock': lock(parsePnpmLock),
  'bun-lock': lock(parseBunLock),
  // Binary: reported as unreadable (a symlinked one was reported by the walk already).
  'bun-lockb': (model, file) => {
    if (!file.skipped) model.problems.push(bunLockbProblem(file.path));
  },
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
