/**
 * What each of the gem plugin's readers (`files.ts`) does with a claimed file. The route names the
 * reader (`ClaimedFile.reader`); the load calls its entry once per file, so the path is never matched
 * a second time. A reader in UNREAD judges the file by its presence and is called without its text.
 */
import { dirOf, parseYaml, splitLines, type ClaimedFile, type Limits } from '@inert/core';
import type { GemReader } from '../files.js';
import type { GemModel } from '../model.js';
import { parseLockfile } from './lockfile.js';
import { parseRuby } from './ruby.js';
import { findSecrets } from './secrets.js';

/** What a reader gets besides the file: the scan's parse limits, and where gemspec texts are kept (package mode). */
export interface ReadContext {
  limits: Readonly<Limits> | undefined;
  texts: Map<string, string>;
}

/** Parses one file's text into the model (parse problems included). */
export type ReadInto = (model: GemModel, file: ClaimedFile, text: string, context: ReadContext) => void | Promise<void>;

/** Readers whose files count by their presence: never read. */
export const UNREAD: ReadonlySet<GemReader> = new Set<GemReader>(['bundler-plugin']);

const ruby =
  (kind: 'gemfile' | 'gemspec'): ReadInto =>
  async (model, file, text, { limits, texts }) => {
    model.secrets.push(...findSecrets(text, file.path));
    if (kind === 'gemspec') texts.set(file.path, text);
    const { manifest, problems } = await parseRuby(text, file.path, dirOf(file.path), kind, limits?.maxParseMillis);
    model.problems.push(...problems);
    if (manifest) model.manifests.push(manifest);
    model.inventory.executableManifests.push({
      ecosystem: 'gem',
      file: file.path,
      runsOn:
        kind === 'gemfile' ? 'every bundle command' : 'every bundle command of a Gemfile that loads it, and gem build',
      readable: !problems.some((p) => p.kind === 'opaque' || p.kind === 'syntax'),
    });
  };

export const READERS: Record<GemReader, ReadInto> = {
  'bundler-plugin': (model, file) => void model.pluginFiles.push(file.path),
  gemfile: ruby('gemfile'),
  gemspec: ruby('gemspec'),
  'gem-lock': (model, file, text) => {
    model.secrets.push(...findSecrets(text, file.path));
    model.locks.push(parseLockfile(text, file.path, dirOf(file.path), model.problems));
  },
  'bundle-config': (model, file, text, { limits }) => {
    const parsed = parseYaml(text, file.path, limits);
    if (!parsed.ok) {
      model.problems.push(parsed.problem);
      return;
    }
    const doc = parsed.value.documents[0];
    const value = doc?.value;
    const values: Record<string, string> = Object.create(null) as Record<string, string>;
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') values[k] = String(v);
    if (doc) model.configs.push({ path: file.path, doc, values });
  },
  'gem-credentials': (model, file, text) => {
    const keys: { key: string; line: number }[] = [];
    splitLines(text).forEach((line, i) => {
      const m = /^\s*:?([^\s:#]\S*?):\s+(\S+)/.exec(line);
      if (m && m[2] && !m[2].startsWith('#')) keys.push({ key: m[1]!, line: i + 1 });
    });
    model.credentials.push({ path: file.path, keys });
  },
};
