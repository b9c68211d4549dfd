/**
 * Client config files: classic .yarnrc lines, .yarnrc.yml, pnpm-workspace.yaml and bunfig.toml.
 * https://classic.yarnpkg.com/en/docs/yarnrc · https://yarnpkg.com/configuration/yarnrc ·
 * https://pnpm.io/pnpm-workspace_yaml · https://bun.sh/docs/runtime/bunfig
 */
import { parseToml, parseYaml, splitLines, type Parsed, type TomlDocument, type YamlDocument, type ParseLimits } from '@inert/core';
import type { Npmrc, NpmrcEntry, StructuredConfig } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord } from './package-json.js';

/** Classic .yarnrc: `key value` or `"key" "value"` lines (`--install.ignore-scripts true` too). */
export function parseYarnrc(text: string, path: string): Npmrc {
  const entries: NpmrcEntry[] = [];
  splitLines(text).forEach((line, i) => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- an existing pattern the ReDoS lint flags, listed for rewrite in docs/roadmap.md (#20 class 3)
    const m = /^(\s*)("[^"]*"|\S+)\s+(.*?)\s*$/.exec(line);
    if (!m || m[2]!.startsWith('#')) return;
    const key = m[2]!.replace(/^"|"$/g, '').replace(/^--(install\.)?/, '');
    const raw = m[3]!;
    entries.push({ key, value: raw.replace(/^"|"$/g, ''), line: i + 1, valueColumn: line.indexOf(raw, m[1]!.length + m[2]!.length) + 1 });
  });
  return { path, dir: dirOf(path), entries };
}

export function parseYamlConfig(text: string, path: string, limits?: ParseLimits): Parsed<StructuredConfig<YamlDocument>> {
  const parsed = parseYaml(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value.documents[0];
  // an empty file is a valid, empty config
  const value = doc && isRecord(doc.value) ? doc.value : {};
  if (doc && doc.value !== null && doc.value !== undefined && !isRecord(doc.value)) {
    return { ok: false, problem: { file: path, kind: 'shape', reason: `${path} is not a YAML mapping` } };
  }
  return { ok: true, value: { path, dir: dirOf(path), doc: doc ?? emptyDoc(path), value } };
}

export function parseBunfig(text: string, path: string, limits?: ParseLimits): Parsed<StructuredConfig<TomlDocument>> {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { path, dir: dirOf(path), doc: parsed.value, value: parsed.value.value } };
}

function emptyDoc(path: string): YamlDocument {
  return { path, index: 0, value: {}, locate: (requests) => requests.map(() => ({ line: 1, column: 1 })) };
}
