/**
 * package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`), 2 (both) and 3
 * (`packages` only). https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 */
import { parseJson, type Parsed } from '@inert/core';
import type { LockEntry, PackageLock } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord } from './package-json.js';

export function parsePackageLock(text: string, path: string): Parsed<PackageLock> {
  const parsed = parseJson(text, path);
  if (!parsed.ok) return parsed;
  const json = parsed.value.value;
  if (!isRecord(json)) return { ok: false, problem: { file: path, kind: 'shape', reason: 'the lockfile is not a JSON object' } };
  const version = typeof json.lockfileVersion === 'number' ? json.lockfileVersion : 1;
  const entries: LockEntry[] = [];
  const memberDirs: string[] = [];
  if (isRecord(json.packages)) {
    // v2/v3: "node_modules/a", "node_modules/a/node_modules/@s/b", "packages/member", "" (root)
    for (const [key, raw] of Object.entries(json.packages)) {
      if (key === '' || !isRecord(raw)) continue;
      const inNodeModules = key.includes('node_modules/');
      if (!inNodeModules) memberDirs.push(key);
      entries.push({
        route: ['packages', key],
        name: typeof raw.name === 'string' ? raw.name : nameFromKey(key),
        version: str(raw.version),
        resolved: str(raw.resolved),
        integrity: str(raw.integrity),
        hasInstallScript: raw.hasInstallScript === true,
        link: raw.link === true,
        bundled: raw.inBundle === true,
        dev: raw.dev === true || raw.devOptional === true,
        workspace: !inNodeModules,
      });
    }
  } else if (isRecord(json.dependencies)) {
    // v1: { "a": { "version", "resolved", "integrity", "dependencies": { nested } } }; no hasInstallScript
    walkV1(json.dependencies, ['dependencies'], entries);
  }
  return { ok: true, value: { path, dir: dirOf(path), doc: parsed.value, lockfileVersion: version, entries, memberDirs } };
}

function walkV1(deps: Record<string, unknown>, route: (string | number)[], out: LockEntry[], depth = 0): void {
  if (depth > 200) return;
  for (const [name, raw] of Object.entries(deps)) {
    if (!isRecord(raw)) continue;
    const version = str(raw.version);
    const here = [...route, name];
    // v1 writes file:/link deps as "version": "file:packages/x"
    const local = version?.startsWith('file:') ?? false;
    out.push({
      route: here,
      name,
      version: local ? undefined : version,
      resolved: str(raw.resolved) ?? (local || version?.startsWith('git') ? version : undefined),
      integrity: str(raw.integrity),
      hasInstallScript: null,
      link: local,
      bundled: raw.bundled === true,
      dev: raw.dev === true,
      workspace: false,
    });
    if (isRecord(raw.dependencies)) walkV1(raw.dependencies, [...here, 'dependencies'], out, depth + 1);
  }
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return i < 0 ? key.slice(key.lastIndexOf('/') + 1) : key.slice(i + 'node_modules/'.length);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
