/**
 * package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`), 2 (both) and 3
 * (`packages` only). https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 */
import { parseJson, type JsonDocument, type Parsed, type ParseLimits, type Pointer } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord, str } from './package-json.js';

export function parsePackageLock(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseJson(text, path, { ...limits, members: 'packages' });
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const json = doc.value;
  if (!isRecord(json))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'the lockfile is not a JSON object' } };
  const version = typeof json.lockfileVersion === 'number' ? json.lockfileVersion : 1;
  let entries: LockEntry[] = [];
  const memberDirs: string[] = [];
  let entryLines: Lockfile['entryLines'];
  if (isRecord(json.packages)) {
    // v2/v3: "node_modules/a", "node_modules/a/node_modules/@s/b", "packages/member", "" (root)
    // The keys in for…in order (a parsed object has no enumerable inherited key), listed at once: on a
    // 28,000-entry lock, arrays grown a push at a time are reallocated in fresh large-object pages
    // (docs/decisions/0039), so the arrays below are made at their size and cut to it.
    const packages = json.packages;
    const keys = Object.keys(packages);
    /** Each entry's place in `keys`. */
    const slots = new Array<number>(keys.length);
    const made = new Array<LockEntry>(keys.length);
    let count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]!;
      const raw = packages[key];
      if (key === '' || !isRecord(raw)) continue;
      const entry = new PackageLockEntry(doc, key, raw);
      if (entry.workspace) memberDirs.push(key);
      made[count] = entry;
      slots[count++] = slot;
    }
    made.length = count;
    slots.length = count;
    entries = made;
    entryLines = () => {
      const lines = doc.memberLines?.('packages', keys);
      return lines && slots.map((s) => (lines[s]! > 0 ? lines[s] : undefined));
    };
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
      ...(entryLines ? { entryLines } : {}),
    },
  };
}

/**
 * One `packages` entry of a v2/v3 lock: one object per entry (issue #25, docs/decisions/0018). Its
 * pointers and dependency list are made when a check or the inventory asks for them, from the key
 * and the parsed entry the document already holds; a 27,000-entry lock used to keep five to
 * fifteen objects per entry alive until the report.
 */
class PackageLockEntry implements LockEntry {
  readonly name: string;
  readonly version: string | undefined;
  readonly resolved: string | undefined;
  readonly integrity: string | undefined;
  readonly hasInstallScript: boolean | null;
  readonly link: boolean;
  readonly bundled: boolean;
  readonly dev: boolean;
  readonly workspace: boolean;
  readonly declaredName: string | undefined;
  readonly optional: true | undefined;
  readonly conditional: true | undefined;

  constructor(
    private readonly doc: JsonDocument,
    readonly key: string,
    private readonly raw: Record<string, unknown>,
  ) {
    // v2/v3: "node_modules/a", "node_modules/a/node_modules/@s/b", "packages/member"
    const inNodeModules = key.includes('node_modules/');
    const keyName = nameFromKey(key);
    this.name = str(raw.name) ?? keyName;
    this.version = str(raw.version);
    this.resolved = str(raw.resolved);
    this.integrity = str(raw.integrity);
    // a git dependency's `prepare` runs when npm packs the clone (npm docs, "Git URLs as Dependencies"),
    // and hasInstallScript covers preinstall/install/postinstall only: the lock cannot say "no hooks"
    this.hasInstallScript = raw.hasInstallScript === true ? true : isGitUrl(this.resolved) ? null : false;
    this.link = raw.link === true;
    this.bundled = raw.inBundle === true;
    this.dev = raw.dev === true || raw.devOptional === true;
    this.workspace = !inNodeModules;
    this.declaredName = inNodeModules && this.name !== keyName ? keyName : undefined;
    this.optional = raw.optional === true ? true : undefined;
    this.conditional = Array.isArray(raw.os) || Array.isArray(raw.cpu) ? true : undefined;
  }

  get at(): Pointer {
    return { doc: this.doc, route: ['packages', this.key], part: 'key' };
  }

  get resolvedAt(): Pointer | undefined {
    return this.resolved === undefined
      ? undefined
      : { doc: this.doc, route: ['packages', this.key, 'resolved'], part: 'value' };
  }

  get scriptAt(): Pointer | undefined {
    return this.hasInstallScript
      ? { doc: this.doc, route: ['packages', this.key, 'hasInstallScript'], part: 'key' }
      : undefined;
  }

  /** The binaries npm links for this package (`bin` keys), for `npx <bin>` matching. */
  get bins(): string[] | undefined {
    return isRecord(this.raw.bin) ? Object.keys(this.raw.bin) : undefined;
  }

  get requires(): { name: string; spec: string }[] | undefined {
    const requires = dependencyNames(this.raw);
    return requires.length ? requires : undefined;
  }

  /** The same names as `requires`, in the same order, without an object per dependency (the inventory's edges). */
  requiredNames(): string[] | undefined {
    const names = dependencyNameList(this.raw);
    return names.length ? names : undefined;
  }
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
  let seen: Set<string> | undefined;
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    // The first field's names are distinct (object keys); later fields skip names already listed. The
    // set is made only when a second field has names (most entries have one field or none).
    if (out.length > 0) seen ??= new Set(out.map((o) => o.name));
    for (const name in deps) {
      if (seen?.has(name)) continue;
      const spec = deps[name];
      out.push({ name, spec: typeof spec === 'string' ? spec : '' });
      seen?.add(name);
    }
  }
  return out;
}

/** dependencyNames's names alone. */
function dependencyNameList(raw: Record<string, unknown>): string[] {
  const out: string[] = [];
  let seen: Set<string> | undefined;
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    if (out.length > 0) seen ??= new Set(out);
    for (const name in deps) {
      if (seen?.has(name)) continue;
      out.push(name);
      seen?.add(name);
    }
  }
  return out;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return i < 0 ? key.slice(key.lastIndexOf('/') + 1) : key.slice(i + 'node_modules/'.length);
}
