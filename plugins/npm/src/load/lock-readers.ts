/**
 * The npm plugin's lockfile readers (`READERS` of readers.ts for the other files). The load imports
 * this module when the plugin claims a lockfile, so a checkout with a package.json only never
 * compiles them (docs/decisions/0034); if it cannot be imported, each lockfile is unreadable and the
 * scan incomplete, while the plugin's other files are still read (the core's isolated load).
 */
import type { ParseLimits, Parsed } from '@inert/core';
import type { Lockfile } from '../model.js';
import { bunLockbProblem, parseBunLock } from './bun-lock.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { keep, type LockReader, type ReadInto } from './readers.js';
import { parseYarnLock } from './yarn-lock.js';

const lock =
  (parse: (text: string, path: string, limits?: ParseLimits) => Parsed<Lockfile>): ReadInto =>
  (model, file, text, limits) => {
    keep(model, parse(text, file.path, limits), model.locks);
  };

export const LOCK_READERS: Record<LockReader, ReadInto> = {
  'package-lock': lock(parsePackageLock),
  'yarn-lock': lock(parseYarnLock),
  'pnpm-lock': lock(parsePnpmLock),
  'bun-lock': lock(parseBunLock),
  // Binary: reported as unreadable (a symlinked one was reported by the walk already).
  'bun-lockb': (model, file) => {
    if (!file.skipped) model.problems.push(bunLockbProblem(file.path));
  },
};
