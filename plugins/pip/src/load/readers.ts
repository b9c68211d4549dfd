/**
 * What each of the pip plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time.
 */
import type { ClaimedFile, Limits, Parsed } from '@inert/core';
import type { PipReader } from '../files.js';
import type { PipModel } from '../model.js';
import { parseIni } from './ini.js';
import { parseLock } from './locks.js';
import { parseRequirements } from './requirements.js';
import { parseSetupPy } from './setup-py.js';
import { parseTomlProject } from './toml-project.js';

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (
  model: PipModel,
  file: ClaimedFile,
  text: string,
  limits: Readonly<Limits> | undefined,
) => void | Promise<void>;

const keep = <T>(model: PipModel, parsed: Parsed<T>, into: (model: PipModel) => T[]): void => {
  if (parsed.ok) into(model).push(parsed.value);
  else model.problems.push(parsed.problem);
};

const toml =
  (kind: 'pyproject' | 'uv.toml' | 'Pipfile'): ReadInto =>
  (model, file, text, limits) =>
    keep(model, parseTomlProject(text, file.path, kind, limits), (m) => m.tomls);

const lock =
  (tool: 'poetry' | 'uv' | 'pdm' | 'pipenv'): ReadInto =>
  (model, file, text, limits) =>
    keep(model, parseLock(text, file.path, tool, limits), (m) => m.locks);

export const READERS: Record<PipReader, ReadInto> = {
  requirements: (model, file, text) => keep(model, parseRequirements(text, file.path), (m) => m.requirements),
  pyproject: toml('pyproject'),
  'uv-toml': toml('uv.toml'),
  pipfile: toml('Pipfile'),
  'setup-cfg': (model, file, text) => keep(model, parseIni(text, file.path), (m) => m.setupCfgs),
  'pip-conf': (model, file, text) => keep(model, parseIni(text, file.path), (m) => m.pipConfs),
  pypirc: (model, file, text) => keep(model, parseIni(text, file.path), (m) => m.pypircs),
  'setup-py': async (model, file, text, limits) => {
    const parsed = await parseSetupPy(text, file.path, limits?.maxParseMillis);
    model.setupPys.push(parsed.setup);
    model.problems.push(...parsed.problems);
  },
  'poetry-lock': lock('poetry'),
  'uv-lock': lock('uv'),
  'pdm-lock': lock('pdm'),
  'pipfile-lock': lock('pipenv'),
};
