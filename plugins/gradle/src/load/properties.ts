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
    const parts = [line];
    while (oddTrailingBackslashes(parts[parts.length - 1]!) && i + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      parts.push(lines[++i]!.replace(/^\s+/, ''));
    }
    line = parts.join('');
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- an existing pattern the ReDoS lint flags, listed for rewrite in docs/roadmap.md (#20 class 3)
    const m = /^((?:\\.|[^\s:=\\])+)(?:\s|\s*[:=])\s*([\s\S]*)$/.exec(line);
    const key = (m ? m[1]! : line).replace(/\\(.)/g, '$1');
    const value = m ? m[2]!.replace(/\\(.)/g, '$1') : '';
    entries.push({ key, value, line: start });
  }
  return { path, entries };
}

/** Counts from the end, so long continued values stay linear. */
function oddTrailingBackslashes(s: string): boolean {
  let n = 0;
  for (let j = s.length - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

export function property(p: Properties, key: string): { value: string; line: number } | undefined {
  return [...p.entries].reverse().find((e) => e.key === key);
}
