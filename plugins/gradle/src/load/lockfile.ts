/** gradle.lockfile: `group:name:version=configurations` lines. https://docs.gradle.org/current/userguide/dependency_locking.html */
import { splitLines } from '@inert/core';
import type { Lockfile } from '../model.js';

export function parseLockfile(text: string, path: string): Lockfile {
  const entries: Lockfile['entries'] = [];
  splitLines(text).forEach((line, i) => {
    const m = /^([^#:=\s]+):([^:=\s]+):([^:=\s]+)=/.exec(line);
    if (m) entries.push({ group: m[1]!, name: m[2]!, version: m[3]!, line: i + 1 });
  });
  return { path, entries };
}
