/**
 * Client config files: classic .yarnrc lines, .yarnrc.yml, pnpm-workspace.yaml and bunfig.toml.
 * https://classic.yarnpkg.com/en/docs/yarnrc · https://yarnpkg.com/configuration/yarnrc ·
 * https://pnpm.io/pnpm-workspace_yaml · https://bun.sh/docs/runtime/bunfig
 */
import {
  hasLineTerminator,
  isSpace,
  parseToml,
  parseYaml,
  skipSpaces,
  splitLines,
  type Parsed,
  type TomlDocument,
  type YamlDocument,
  type ParseLimits,
} from '@inert/core';
import type { Npmrc, NpmrcEntry, StructuredConfig } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord } from './package-json.js';

/** Classic .yarnrc: `key value` or `"key" "value"` lines (`--install.ignore-scripts true` too). */
export function parseYarnrc(text: string, path: string): Npmrc {
  const entries: NpmrcEntry[] = [];
  splitLines(text).forEach((line, i) => {
    const m = yarnrcLine(line);
    if (!m || m.key.startsWith('#')) return;
    const key = m.key.replace(/^"|"$/g, '').replace(/^--(install\.)?/, '');
    const raw = m.value;
    entries.push({ key, value: raw.replace(/^"|"$/g, ''), line: i + 1, valueColumn: line.indexOf(raw, m.keyEnd) + 1 });
  });
  return { path, dir: dirOf(path), entries };
}

/**
 * One .yarnrc line as `/^(\s*)("[^"]*"|\S+)\s+(.*?)\s*$/` reads it — key (a quoted string, or else
 * a word), spaces, value without its trailing spaces — in one pass instead of three quantifiers
 * that trade spaces (linear, #20 class 3). `keyEnd` is where the key ends.
 */
export function yarnrcLine(line: string): { key: string; keyEnd: number; value: string } | undefined {
  const start = skipSpaces(line, 0);
  const quoteEnd = line.charCodeAt(start) === 0x22 ? line.indexOf('"', start + 1) + 1 : 0;
  let wordEnd = start;
  while (wordEnd < line.length && !isSpace(line.charCodeAt(wordEnd))) wordEnd++;
  for (const keyEnd of quoteEnd > 0 ? [quoteEnd, wordEnd] : [wordEnd]) {
    // `\s+` after the key, then `.*?\s*$`: the rest up to its trailing spaces, if no line terminator is left in it.
    if (keyEnd === start || !isSpace(line.charCodeAt(keyEnd))) continue;
    const valueStart = skipSpaces(line, keyEnd);
    let valueEnd = line.length;
    while (valueEnd > valueStart && isSpace(line.charCodeAt(valueEnd - 1))) valueEnd--;
    if (hasLineTerminator(line.slice(valueStart, valueEnd))) continue;
    return { key: line.slice(start, keyEnd), keyEnd, value: line.slice(valueStart, valueEnd) };
  }
  return undefined;
}

export function parseYamlConfig(
  text: string,
  path: string,
  limits?: ParseLimits,
): Parsed<StructuredConfig<YamlDocument>> {
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
