/** Loads the npm family's files into projects and an inventory. Never throws for bad input. */
import type { ClaimedFile, ReadFile } from '@inert/core';
import type { NpmModel } from '../model.js';
import { toInventory } from './inventory.js';
import { parsePackageJson } from './package-json.js';
import { parsePackageLock } from './package-lock.js';
import { parseNpmrc } from './npmrc.js';
import { baseOf, dirOf } from './paths.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile): Promise<NpmModel> {
  const model: NpmModel = { projects: [], problems: [], inventory: { packages: [], hooks: [], sources: [] }, manifests: [], locks: [], npmrcs: [], lockfilePaths: [], gypDirs: [] };
  for (const file of files) {
    const name = baseOf(file.path);
    if (file.kind === 'lockfile') model.lockfilePaths.push(file.path);
    if (name === 'binding.gyp') {
      model.gypDirs.push(dirOf(file.path));
      continue;
    }
    if (name !== 'package.json' && name !== 'package-lock.json' && name !== 'npm-shrinkwrap.json' && name !== '.npmrc') continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    if (name === '.npmrc') {
      model.npmrcs.push(parseNpmrc(text, file.path));
      continue;
    }
    const parsed = name === 'package.json' ? parsePackageJson(text, file.path) : parsePackageLock(text, file.path);
    if (!parsed.ok) model.problems.push(parsed.problem);
    else if ('entries' in parsed.value) model.locks.push(parsed.value);
    else model.manifests.push(parsed.value);
  }
  for (const lock of model.locks) {
    const spans = lock.doc.locate(lock.entries.map((e) => ({ route: e.route, part: 'key' as const })));
    lock.entries.forEach((e, i) => model.inventory.packages.push(toInventory(e, lock.path, spans[i]?.line)));
  }
  for (const m of model.manifests) {
    const spans = m.doc.locate(Object.keys(m.scripts).map((k) => ({ route: ['scripts', k], part: 'key' as const })));
    Object.entries(m.scripts).forEach(([hook, command], i) => {
      if (LIFECYCLE.has(hook)) model.inventory.hooks.push({ ecosystem: 'npm', package: m.name ?? m.dir ?? '.', hook, command, file: m.path, line: spans[i]?.line ?? 1 });
    });
  }
  const dirs = new Set(files.map((f) => dirOf(f.path)));
  for (const dir of [...dirs].sort()) model.projects.push({ dir, files: files.filter((f) => dirOf(f.path) === dir).map((f) => f.path) });
  return model;
}

/** Scripts npm runs on a plain `npm install` / `npm ci` in the project itself. */
export const LIFECYCLE = new Set(['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare']);
