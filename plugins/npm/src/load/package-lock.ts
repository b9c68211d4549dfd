/**
 * package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`), 2 (both) and 3
 * (`packages` only). https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 */
import { parseJson, type JsonDocument, type Parsed, type ParseLimits } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord, str } from './package-json.js';

export function parsePackageLock(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseJson(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const json = doc.value;
  if (!isRecord(json))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'the lockfile is not a JSON object' } };
  const version = typeof json.lockfileVersion === 'number' ? json.lockfileVersion : 1;
  const entries: LockEntry[] = [];
  const memberDirs: string[] = [];
  if (isRecord(json.packages)) {
    // v2/v3: "node_modules/a", "node_modules/a/node_modules/@s/b", "packages/member", "" (root)
    for (const [key, raw] of Object.entries(json.packages)) {
      if (key === '' || !isRecord(raw)) continue;
      const inNodeModules = key.includes('node_modules/');
      if (!inNodeModules) memberDirs.push(key);
      const route = ['packages', key];
      const keyName = nameFromKey(key);
      const name = str(raw.name) ?? keyName;
      const entry: LockEntry = {
        name,
        version: str(raw.version),
        resolved: str(raw.resolved),
        integrity: str(raw.integrity),
        // a git dependency's `prepare` runs when npm packs the clone (npm docs, "Git URLs as Dependencies"),
        // and hasInstallScript covers preinstall/install/postinstall only: the lock cannot say "no hooks"
        hasInstallScript: raw.hasInstallScript === true ? true : isGitUrl(str(raw.resolved)) ? null : false,
        link: raw.link === true,
        bundled: raw.inBundle === true,
        dev: raw.dev === true || raw.devOptional === true,
        workspace: !inNodeModules,
        at: { doc, route, part: 'key' },
      };
      if (inNodeModules && name !== keyName) entry.declaredName = keyName;
      if (raw.optional === true) entry.optional = true;
      entry.key = key;
      const requires = dependencyNames(raw);
      if (requires.length) entry.requires = requires;
      if (isRecord(raw.bin)) entry.bins = Object.keys(raw.bin);
      if (entry.resolved !== undefined) entry.resolvedAt = { doc, route: [...route, 'resolved'], part: 'value' };
      if (entry.hasInstallScript) entry.scriptAt = { doc, route: [...route, 'hasInstallScript'], part: 'key' };
      if (Array.isArray(raw.os) || Array.isArray(raw.cpu)) entry.conditional = true;
      entries.push(entry);
    }
  } else if (isRecord(json.dependencies)) {
    // v1: { "a": { "version", "resolved", "integrity", "dependencies": { nested } } }; no hasInstallScript
    walkV1(doc, json.dependencies, ['dependencies'], entries);
  }
  return {
    ok: true,
    value: {
      client: 'npm',
      path,
      dir: dirOf(path),
      docs: [doc],
      lockfileVersion: String(version),
      entries,
      memberDirs,
    },
  };
}

function walkV1(
  doc: JsonDocument,
  deps: Record<string, unknown>,
  route: (string | number)[],
  out: LockEntry[],
  depth = 0,
): void {
  if (depth > 200) return;
  for (const [name, raw] of Object.entries(deps)) {
    if (!isRecord(raw)) continue;
    const version = str(raw.version);
    const here = [...route, name];
    // v1 writes file:/link deps as "version": "file:packages/x" and git deps as "version": "git+https://…#sha"
    const local = version?.startsWith('file:') ?? false;
    // eslint-disable-next-line regexp/no-dupe-disjunctions -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    const git = version !== undefined && /^(?:git|github:|gitlab:|bitbucket:)/.test(version);
    // aliases: "version": "npm:real-name@1.2.3"
    const alias = version?.startsWith('npm:') ? /^npm:(@?[^@]+)@(.+)$/.exec(version) : null;
    const entry: LockEntry = {
      name: alias?.[1] ?? name,
      version: local || git ? undefined : (alias?.[2] ?? version),
      resolved: str(raw.resolved) ?? (local || git ? version : undefined),
      integrity: str(raw.integrity),
      hasInstallScript: null,
      link: local,
      bundled: raw.bundled === true,
      dev: raw.dev === true,
      workspace: false,
      at: { doc, route: here, part: 'key' },
    };
    if (alias) entry.declaredName = name;
    if (typeof raw.resolved === 'string') entry.resolvedAt = { doc, route: [...here, 'resolved'], part: 'value' };
    else if (local || git) entry.resolvedAt = { doc, route: [...here, 'version'], part: 'value' };
    out.push(entry);
    if (isRecord(raw.dependencies)) walkV1(doc, raw.dependencies, [...here, 'dependencies'], out, depth + 1);
  }
}

function isGitUrl(url: string | undefined): boolean {
  return url !== undefined && /^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(url);
}

/** The names an entry depends on (dependencies, optionalDependencies, peerDependencies), with their ranges. */
function dependencyNames(raw: Record<string, unknown>): { name: string; spec: string }[] {
  const out: { name: string; spec: string }[] = [];
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    for (const [name, spec] of Object.entries(deps))
      if (!out.some((o) => o.name === name)) out.push({ name, spec: typeof spec === 'string' ? spec : '' });
  }
  return out;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return i < 0 ? key.slice(key.lastIndexOf('/') + 1) : key.slice(i + 'node_modules/'.length);
}
