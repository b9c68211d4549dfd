/** .npmrc: ini-style `key=value` lines with 1-based positions. https://docs.npmjs.com/cli/configuring-npm/npmrc */
import { splitLines } from '@inert/core';
import type { Npmrc, NpmrcEntry } from '../model.js';
import { dirOf } from './paths.js';

export function parseNpmrc(text: string, path: string): Npmrc {
  const entries: NpmrcEntry[] = [];
  splitLines(text).forEach((raw, i) => {
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const trimmed = line.trim();
    // "; comment", "# comment", "[section]"
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';') || trimmed.startsWith('[')) return;
    const eq = line.indexOf('=');
    if (eq < 0) return;
    const key = line.slice(0, eq).trim();
    const rawValue = line.slice(eq + 1);
    const lead = rawValue.length - rawValue.trimStart().length;
    entries.push({ key, value: unquote(rawValue.trim()), line: i + 1, valueColumn: eq + 2 + lead });
  });
  return { path, dir: dirOf(path), entries };
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
    return value.slice(1, -1);
  return value;
}

/** The last value of a key (later lines win, as in npm's ini reader). */
export function npmrcValue(npmrc: Npmrc, key: string): { value: string; line: number; column: number } | undefined {
  const hit = [...npmrc.entries].reverse().find((e) => e.key === key);
  return hit && { value: hit.value, line: hit.line, column: hit.valueColumn };
}
