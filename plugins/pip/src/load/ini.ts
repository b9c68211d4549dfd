/**
 * INI files as Python's configparser reads them (pip.conf/pip.ini, .pypirc, setup.cfg): sections, `key = value`
 * or `key: value`, indented continuation lines, `#`/`;` full-line comments. https://docs.python.org/3/library/configparser.html#supported-ini-file-structure
 */
import { hasLineTerminator, skipSpaces, splitLines, type Parsed } from '@inert/core';
import type { IniEntry, IniFile } from '../model.js';
import { dirOf } from './paths.js';

const MAX_LINES = 100_000;

export function parseIni(text: string, path: string): Parsed<IniFile> {
  const lines = splitLines(text);
  if (lines.length > MAX_LINES)
    return { ok: false, problem: { file: path, kind: 'limit', reason: `more than ${MAX_LINES} lines` } };
  const entries: IniEntry[] = [];
  let section = '';
  let current: IniEntry | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (indent > 0 && current) {
      current.more.push({ value: trimmed, line: i + 1, column: indent + 1 });
      continue;
    }
    const header = /^\[([^\]]*)\]/.exec(trimmed);
    if (header) {
      section = header[1]!.trim();
      current = undefined;
      continue;
    }
    const m = keyValue(trimmed);
    if (!m) {
      return {
        ok: false,
        problem: {
          file: path,
          kind: 'syntax',
          reason: `line ${i + 1} is neither a section, a key = value nor a continuation`,
          line: i + 1,
          column: indent + 1,
        },
      };
    }
    current = {
      section,
      key: m.key.trim().toLowerCase(),
      value: m.value.trim(),
      more: [],
      line: i + 1,
      column: indent + 1,
    };
    entries.push(current);
  }
  return { ok: true, value: { path, dir: dirOf(path), entries } };
}

/**
 * `key = value` / `key: value` split at the first `=` or `:`, as `/^([^=:]+?)\s*[=:]\s*(.*)$/` reads it,
 * in one pass (linear, #20 class 3): no key, or a line terminator left in the value, is no match.
 */
export function keyValue(line: string): { key: string; value: string } | undefined {
  let sep = 0;
  while (sep < line.length && line[sep] !== '=' && line[sep] !== ':') sep++;
  if (sep === 0 || sep === line.length) return undefined;
  const start = skipSpaces(line, sep + 1);
  if (hasLineTerminator(line, start)) return undefined;
  return { key: line.slice(0, sep), value: line.slice(start) };
}

/** Every value of an entry (first line and continuations) with its position; empty parts dropped. */
export function iniValues(entry: IniEntry): { value: string; line: number; column: number }[] {
  const first = entry.value ? [{ value: entry.value, line: entry.line, column: entry.column }] : [];
  return [...first, ...entry.more];
}

/** Splits whitespace-separated values (pip allows several URLs in one value). */
export function splitWords(
  values: { value: string; line: number; column: number }[],
): { value: string; line: number; column: number }[] {
  return values.flatMap((v) =>
    v.value
      .split(/\s+/)
      .filter(Boolean)
      .map((value) => ({ ...v, value })),
  );
}
