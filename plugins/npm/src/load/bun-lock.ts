/**
 * bun.lock: JSONC text lockfile (`packages: { key: [ident, registry, meta, integrity] }`); bun.lockb is
 * binary and reported as unreadable. https://bun.sh/docs/install/lockfile
 */
import { parseJson, scalarText, type JsonDocument, type Parsed, type ParseLimits } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord, str } from './package-json.js';
import { splitDescriptor } from './yarn-lock.js';

export function parseBunLock(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseJson(text, path, { ...limits, comments: true });
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const json = doc.value;
  if (!isRecord(json))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'bun.lock is not a JSON object' } };
  const entries: LockEntry[] = [];
  const memberDirs = isRecord(json.workspaces) ? Object.keys(json.workspaces).filter((k) => k !== '') : [];
  if (isRecord(json.packages)) {
    for (const [key, raw] of Object.entries(json.packages)) {
      if (Array.isArray(raw) && typeof raw[0] === 'string') entries.push(bunEntry(doc, key, raw));
    }
  }
  return {
    ok: true,
    value: {
      client: 'bun',
      path,
      dir: dirOf(path),
      docs: [doc],
      lockfileVersion: scalarText(json.lockfileVersion) ?? '?',
      entries,
      memberDirs,
    },
  };
}

/** The problem for a binary bun.lockb: nothing in it can be read without Bun. */
export function bunLockbProblem(path: string) {
  return {
    file: path,
    kind: 'opaque' as const,
    reason:
      'bun.lockb is a binary lockfile and cannot be read statically; run `bun install --save-text-lockfile` (Bun ≥ 1.1.39) to write bun.lock and commit that instead',
    facts: ['locked packages', 'integrity'],
  };
}

function bunEntry(doc: JsonDocument, key: string, raw: readonly unknown[]): LockEntry {
  // ["hono@4.0.0", "", { deps }, "sha512-…"] · ["x@workspace:packages/x"] · ["x@github:a/b#sha", { }, "a-b-sha"]
  const { name, range } = splitDescriptor(raw[0] as string);
  const route = ['packages', key];
  const entry: LockEntry = {
    name,
    version: undefined,
    resolved: undefined,
    integrity: undefined,
    hasInstallScript: null,
    link: false,
    bundled: false,
    dev: false,
    workspace: false,
    at: { doc, route, part: 'key' },
  };
  // the metadata object (3rd element of a registry entry, 2nd of a git one) records `bin` like package.json
  const meta = raw.find((v, i) => i > 0 && isRecord(v));
  if (isRecord(meta) && isRecord(meta.bin)) entry.bins = Object.keys(meta.bin);
  else if (isRecord(meta) && typeof meta.bin === 'string') entry.bins = [name.replace(/^@[^/]+\//, '')];
  // "string-width-cjs": ["string-width@4.2.3", …] is an alias; "parent/dep" keys are nested copies, and a
  // nested alias ("@acme/m/myfork": ["is-number@6.0.0", …], written so by Bun 1.2.19) is declared as its last name
  const installName = installNameOf(key);
  if (installName !== name) entry.declaredName = installName;
  const protocol = /^([a-z+]+):/.exec(range)?.[1];
  if (protocol === 'workspace') {
    entry.workspace = true;
    entry.sourceKind = 'workspace';
    return entry;
  }
  if (protocol === 'link' || protocol === 'file') {
    entry.link = protocol === 'link';
    entry.sourceKind = 'path';
    entry.resolved = range;
    return entry;
  }
  if (protocol !== undefined || range.includes('://')) {
    entry.resolved = range;
    entry.resolvedAt = { doc, route: [...route, 0], part: 'value' };
    // eslint-disable-next-line regexp/no-dupe-disjunctions -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    const git = /^(?:git|github|gitlab|bitbucket)/.test(protocol ?? '') || /\.git(?:#|$)/.test(range);
    entry.sourceKind = git ? 'git' : 'url';
    const commit = /#([0-9a-f]{7,40})$/i.exec(range)?.[1];
    if (git && commit) entry.commit = commit;
    const integrity = raw.find((v, i) => i > 0 && typeof v === 'string' && /^sha(?:1|256|384|512)-/.test(v));
    if (typeof integrity === 'string') entry.integrity = integrity;
    return entry;
  }
  entry.version = range;
  entry.sourceKind = 'registry';
  const registry = str(raw[1]);
  if (registry) {
    entry.resolved = registry;
    entry.resolvedAt = { doc, route: [...route, 1], part: 'value' };
  }
  entry.integrity = str(raw[3]);
  return entry;
}

/**
 * The name a `packages` key installs under: its last path component, two segments when scoped
 * (`a/@s/b` → `@s/b`), as Bun's `PkgPath.ReverseIterator` reads it in src/install/bun.lock.zig.
 */
function installNameOf(key: string): string {
  const last = key.lastIndexOf('/');
  if (last < 0) return key;
  const before = key.lastIndexOf('/', last - 1);
  const previous = key.slice(before + 1, last);
  return previous.startsWith('@') ? key.slice(before + 1) : key.slice(last + 1);
}
