/** Java .properties files with line numbers (gradle.properties, gradle-wrapper.properties). https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader- */
import { isLineTerminator, isSpace, skipSpaces, splitLines } from '@inert/core';
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
    const m = splitProperty(line);
    const key = (m ? m.key : line).replace(/\\(.)/g, '$1');
    const value = m ? m.value.replace(/\\(.)/g, '$1') : '';
    entries.push({ key, value, line: start });
  }
  return { path, entries };
}

/**
 * Key and raw value of one logical line, as `/^((?:\\.|[^\s:=\\])+)(?:\s|\s*[:=])\s*([\s\S]*)$/` reads
 * it, in one pass (linear, #20 class 3): the key runs to the first unescaped space, `:` or `=`; one
 * space, or else a `:`/`=`, separates it; the value starts after the spaces that follow.
 */
export function splitProperty(line: string): { key: string; value: string } | undefined {
  let end = 0;
  while (end < line.length) {
    const c = line.charCodeAt(end);
    // `\\.`: a backslash escapes the next character unless that is a line terminator.
    if (c === 0x5c) {
      if (end + 1 < line.length && !isLineTerminator(line.charCodeAt(end + 1))) {
        end += 2;
        continue;
      }
      break;
    }
    if (isSpace(c) || c === 0x3a || c === 0x3d) break;
    end++;
  }
  if (end === 0 || end === line.length) return undefined;
  const sep = line.charCodeAt(end);
  if (!isSpace(sep) && sep !== 0x3a && sep !== 0x3d) return undefined;
  return { key: line.slice(0, end), value: line.slice(skipSpaces(line, end + 1)) };
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
