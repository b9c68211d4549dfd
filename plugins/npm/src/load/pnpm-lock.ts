/**
 * pnpm-lock.yaml, lockfileVersion 5.x (`/name/1.0.0`), 6.0 (`/name@1.0.0`) and 9.0 (`name@1.0.0`), one or
 * two YAML documents (pnpm ≥ 11 may put a lock of the package manager itself first).
 * https://github.com/pnpm/spec/blob/master/lockfile/9.0.md
 */
import { parseYaml, type Parsed, type YamlDocument, type ParseLimits } from '@inert/core';
import { cutAt, scalarText } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord, str } from './package-json.js';

export function parsePnpmLock(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseYaml(text, path, limits);
  if (!parsed.ok) return parsed;
  const entries: LockEntry[] = [];
  const memberDirs: string[] = [];
  const versions: string[] = [];
  const docs: YamlDocument[] = [];
  for (const doc of parsed.value.documents) {
    if (!isRecord(doc.value)) continue;
    docs.push(doc);
    const version = scalarText(doc.value.lockfileVersion) ?? '?';
    versions.push(version);
    // requiresBuild was recorded until lockfile v6 and dropped in v9 (pnpm/pnpm#7707)
    const recordsBuild = /^[56]\./.test(version);
    if (isRecord(doc.value.importers))
      for (const dir of Object.keys(doc.value.importers))
        if (dir !== '.' && !memberDirs.includes(dir)) memberDirs.push(dir);
    if (!isRecord(doc.value.packages)) continue;
    // v9 moved each package's dependencies into `snapshots` (keyed with peer suffixes).
    const snapshots = isRecord(doc.value.snapshots) ? doc.value.snapshots : {};
    const snapshotDeps = new Map<string, { name: string; spec: string }[]>();
    for (const [key, raw] of Object.entries(snapshots)) {
      if (!isRecord(raw)) continue;
      const base = cutAt(key, '(');
      const list = snapshotDeps.get(base) ?? [];
      for (const d of pnpmDependencies(raw))
        if (!list.some((o) => o.name === d.name && o.spec === d.spec)) list.push(d);
      snapshotDeps.set(base, list);
    }
    for (const [key, raw] of Object.entries(doc.value.packages)) {
      if (!isRecord(raw)) continue;
      const entry = pnpmEntry(doc, key, raw, recordsBuild);
      const requires = [...pnpmDependencies(raw), ...(snapshotDeps.get(cutAt(key, '(')) ?? [])];
      if (requires.length) entry.requires = requires;
      if (raw.optional === true) entry.optional = true;
      entries.push(entry);
    }
  }
  if (docs.length === 0)
    return {
      ok: false,
      problem: { file: path, kind: 'shape', reason: 'pnpm-lock.yaml has no document with a mapping' },
    };
  return {
    ok: true,
    value: { client: 'pnpm', path, dir: dirOf(path), docs, lockfileVersion: versions.join(' + '), entries, memberDirs },
  };
}

/** `dependencies` and `optionalDependencies` of a package or snapshot: name → resolved version (with peer suffix). */
function pnpmDependencies(raw: Record<string, unknown>): { name: string; spec: string }[] {
  const out: { name: string; spec: string }[] = [];
  for (const field of ['dependencies', 'optionalDependencies'] as const) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    for (const [name, spec] of Object.entries(deps))
      if (typeof spec === 'string' || typeof spec === 'number') out.push({ name, spec: String(spec) });
  }
  return out;
}

/** `/@s/n/1.0.0_peer@2` (v5), `/@s/n@1.0.0(peer@2)` (v6), `@s/n@1.0.0(peer@2)` (v9) → name and version. */
export function splitPnpmKey(key: string): { name: string; version: string } {
  const k = cutAt(key.replace(/^\//, ''), '(');
  const at = k.indexOf('@', 1);
  if (at > 0) {
    const name = k.slice(0, at);
    if (name.startsWith('@') ? name.split('/').length === 2 : !name.includes('/'))
      return { name, version: k.slice(at + 1) };
  }
  // v5: name/version segments
  const parts = k.split('/');
  const scoped = parts[0]?.startsWith('@') ?? false;
  const name = scoped ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? k);
  const version = (scoped ? parts[2] : parts[1]) ?? '';
  return { name, version: cutAt(version, '_') };
}

function pnpmEntry(doc: YamlDocument, key: string, raw: Record<string, unknown>, recordsBuild: boolean): LockEntry {
  const fromKey = splitPnpmKey(key);
  const resolution = isRecord(raw.resolution) ? raw.resolution : {};
  const route = ['packages', key];
  const entry: LockEntry = {
    name: str(raw.name) ?? fromKey.name,
    version: str(raw.version) ?? (fromKey.version || undefined),
    resolved: str(resolution.tarball),
    integrity: str(resolution.integrity),
    hasInstallScript: recordsBuild ? raw.requiresBuild === true : null,
    link: false,
    bundled: false,
    dev: raw.dev === true,
    workspace: false,
    at: { doc, route, part: 'key' },
  };
  if (entry.resolved !== undefined)
    entry.resolvedAt = { doc, route: [...route, 'resolution', 'tarball'], part: 'value' };
  if (raw.requiresBuild === true) entry.scriptAt = { doc, route: [...route, 'requiresBuild'], part: 'key' };
  if (Array.isArray(raw.os) || Array.isArray(raw.cpu) || Array.isArray(raw.libc)) entry.conditional = true;
  if (resolution.type === 'git' || typeof resolution.commit === 'string') {
    // { type: git, repo: https://github.com/a/b.git, commit: <sha> }
    entry.sourceKind = 'git';
    entry.resolved = str(resolution.repo);
    entry.resolvedAt = { doc, route: [...route, 'resolution', 'repo'], part: 'value' };
    const commit = str(resolution.commit);
    if (commit) entry.commit = commit;
    entry.version = str(raw.version);
  } else if (Array.isArray(resolution.variants)) {
    // node@runtime:22.x: { type: variations, variants: [{ resolution: { integrity: sha256-…, type: binary } }] }
    const first = (resolution.variants as unknown[]).find((v) => isRecord(v) && isRecord(v.resolution));
    const integrity =
      first && isRecord(first) && isRecord(first.resolution) ? str(first.resolution.integrity) : undefined;
    if (integrity) entry.integrity = integrity;
    entry.sourceKind = 'url';
  } else if (resolution.type === 'directory' || typeof resolution.directory === 'string') {
    entry.sourceKind = 'path';
    entry.link = true;
    entry.resolved = `file:${str(resolution.directory) ?? ''}`;
  } else if (entry.resolved !== undefined && hostedGitCommit(entry.resolved)) {
    // a git dependency on GitHub, GitLab or Bitbucket: pnpm's git-resolver locks the host's archive of the
    // commit, without integrity (pnpm/pnpm resolving/git-resolver README: `{ tarball: codeload…/tar.gz/<sha> }`)
    entry.sourceKind = 'git';
    entry.commit = hostedGitCommit(entry.resolved)!;
  } else if (entry.resolved !== undefined) {
    entry.sourceKind = /\/-\/[^/]+\.tgz$/.test(entry.resolved) ? 'registry' : 'url';
  } else entry.sourceKind = 'registry';
  return entry;
}

/** The commit of a git host's archive URL, as pnpm locks hosted git dependencies (hosted-git-info's `tarball()`). */
function hostedGitCommit(url: string): string | undefined {
  return (/^https:\/\/codeload\.github\.com\/[^/]+\/[^/]+\/tar\.gz\/([0-9a-f]{7,40})$/i.exec(url) ??
    /^https:\/\/gitlab\.com\/[^/]+\/[^/]+\/-\/archive\/([0-9a-f]{7,40})\/[^/]+\.tar\.gz$/i.exec(url) ??
    /^https:\/\/bitbucket\.org\/[^/]+\/[^/]+\/get\/([0-9a-f]{7,40})\.tar\.gz$/i.exec(url))?.[1];
}
