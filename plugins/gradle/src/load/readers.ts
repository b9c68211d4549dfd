/**
 * What each of the gradle plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time.
 */
import { dirOf, type ClaimedFile, type Limits } from '@inert/core';
import type { GradleReader } from '../files.js';
import type { GradleModel } from '../model.js';
import { parseCatalog } from './catalog.js';
import { parseLockfile } from './lockfile.js';
import { parseProperties } from './properties.js';
import { parseScript } from './script.js';
import { parseVerification } from './verification.js';

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (
  model: GradleModel,
  file: ClaimedFile,
  text: string,
  limits: Readonly<Limits> | undefined,
) => void | Promise<void>;

export const READERS: Record<GradleReader, ReadInto> = {
  'gradle-script': async (model, file, text, limits) => {
    const dir = dirOf(file.path);
    const { script, problems } = await parseScript(text, file.path, dir, limits?.maxParseMillis);
    model.problems.push(...problems);
    if (script) model.scripts.push(script);
    if (/(?:^|\/)buildSrc$/.test(dir)) model.buildSrc.push(dir);
    model.inventory.executableManifests.push({
      ecosystem: 'gradle',
      file: file.path,
      runsOn: 'every gradle command, help and dependencies included',
      readable: !problems.some((p) => p.kind === 'opaque' || p.kind === 'syntax'),
    });
  },
  'gradle-lockfile': (model, file, text) => void model.lockfiles.push(parseLockfile(text, file.path)),
  'verification-metadata': (model, file, text) => {
    const parsed = parseVerification(text, file.path);
    if (parsed.ok) model.verification.push(parsed.value);
    else model.problems.push(parsed.problem);
  },
  'version-catalog': (model, file, text, limits) => {
    const { catalog, problems } = parseCatalog(text, file.path, limits);
    model.problems.push(...problems);
    if (catalog) model.catalogs.push(catalog);
  },
  'wrapper-properties': (model, file, text) => void model.wrappers.push(parseProperties(text, file.path)),
  'gradle-properties': (model, file, text) => void model.properties.push(parseProperties(text, file.path)),
  'daemon-jvm-properties': (model, file, text) => void model.daemonJvm.push(parseProperties(text, file.path)),
};
