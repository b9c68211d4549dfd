/** Java .properties files with line numbers (gradle.properties, gradle-wrapper.properties). https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader- */
import { splitLines } from '@inert/core';
import type { Properties } from '../model.js';

export function parseProperties(text: string, path: string): Properties {
  const entries: Properties['entries'] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    const start = i + 1;
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    const m = /^((?:\\.|[^\s:=\\])+)\s*[:=\s]\s*(.*)$/.exec(line);
    const key = (m ? m[1]! : line).replace(/\\(.)/g, '$1');
    const value = m ? m[2]!.replace(/\\(.)/g, '$1') : '';
    entries.push({ key, value, line: start });
  }
  return { path, entries };
}

export function property(p: Properties, key: string): { value: string; line: number } | undefined {
  return [...p.entries].reverse().find((e) => e.key === key);
}
