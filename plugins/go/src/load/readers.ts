/**
 * What each of the go plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time.
 */
import { dirOf, type ClaimedFile, type Limits } from '@inert/core';
import type { GoReader } from '../files.js';
import type { GoModel } from '../model.js';
import { envFromCi, envFromDockerfile, envFromLines } from './env.js';
import { parseGoMod, parseGoWork } from './go-mod.js';
import { parseGoSum, parseModulesTxt } from './go-sum.js';

/** Parses one file's text into the model. */
export type ReadInto = (model: GoModel, file: ClaimedFile, text: string, limits: Readonly<Limits> | undefined) => void;

export const READERS: Record<GoReader, ReadInto> = {
  'go-mod': (model, file, text) => void model.mods.push(parseGoMod(text, file.path, dirOf(file.path), model.problems)),
  'go-work': (model, file, text) =>
    void model.works.push(parseGoWork(text, file.path, dirOf(file.path), model.problems)),
  'go-sum': (model, file, text) => void model.sums.push(parseGoSum(text, file.path, dirOf(file.path))),
  // vendor/modules.txt belongs to the module in the directory above vendor/.
  'modules-txt': (model, file, text) =>
    void model.vendors.push(parseModulesTxt(text, file.path, dirOf(dirOf(file.path)))),
  'go-env': (model, file, text) => void model.env.push(...envFromLines(text, file.path, 'go.env')),
  envrc: (model, file, text) => void model.env.push(...envFromLines(text, file.path, '.envrc')),
  dockerfile: (model, file, text) => void model.env.push(...envFromDockerfile(text, file.path)),
  'ci-env': (model, file, text, limits) => {
    const got = envFromCi(text, file.path, limits);
    // The CI plugin's reader reports an unparsable CI file once; here it only has no settings.
    if (!('kind' in got)) model.env.push(...got);
  },
};
