/**
 * yarn.lock: classic v1 (an indented line format, read line by line) and berry (YAML with
 * `__metadata`, `checksum`, `conditions`, protocols such as `npm:`, `patch:`, `workspace:`).
 * https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ · https://yarnpkg.com/protocols
 */
import { parseYaml, scalarText, splitLines, type Parsed, type YamlDocument, type ParseLimits } from '@inert/core';
import type { LockEntry, Lockfile } from '../model.js';
import { dirOf } from './paths.js';
import { isRecord, str } from './package-json.js';

export function parseYarnLock(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  // berry files start with comments then `__metadata:`; classic ones say `# yarn lockfile v1`
  return /^__metadata:/m.test(text) ? parseBerry(text, path, limits) : { ok: true, value: parseClassic(text, path) };
}

/** `"@a/b@^1", "@a/b@^1.2"` → name `@a/b`; `alias@npm:real@^1` → declared `alias`, real `real`. */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const d = descriptor.trim().replace(/^"|"$/g, '');
  const at = d.indexOf('@', 1);
  return at < 0 ? { name: d, range: '' } : { name: d.slice(0, at), range: d.slice(at + 1) };
}

function parseClassic(text: string, path: string): Lockfile {
  const entries: LockEntry[] = [];
  let current: { entry: LockEntry; fields: Map<string, { value: string; line: number; column: number }> } | undefined;
  const finish = () => {
    if (!current) return;
    const { entry, fields } = current;
    entry.version = fields.get('version')?.value;
    const resolved = fields.get('resolved');
    if (resolved) {
      entry.resolved = resolved.value;
      entry.resolvedAt = { file: path, line: resolved.line, column: resolved.column };
    }
    entry.integrity = fields.get('integrity')?.value;
    // Before `integrity` existed, yarn checked the sha1 in the tarball URL's fragment.
    const sha1 = entry.integrity === undefined && /\.tgz#([0-9a-f]{40})$/i.exec(entry.resolved ?? '');
    if (sha1) {
      entry.integrity = `sha1-${sha1[1]}`;
      entry.algorithm = 'sha1';
    }
    if (entry.resolved?.startsWith('file:') || entry.resolved?.startsWith('link:'))
      entry.link = entry.resolved.startsWith('link:');
    entries.push(entry);
    current = undefined;
  };
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      // "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
      finish();
      const first = splitDescriptor(line.replace(/:\s*$/, '').split(/,\s*/)[0] ?? '');
      const range = first.range.startsWith('npm:') ? splitDescriptor(first.range.slice(4)) : undefined;
      const entry: LockEntry = {
        name: range?.name ?? first.name,
        version: undefined,
        resolved: undefined,
        integrity: undefined,
        hasInstallScript: null,
        link: false,
        bundled: false,
        dev: false,
        workspace: false,
        at: { file: path, line: i + 1, column: 1 },
      };
      if (range && range.name !== first.name) entry.declaredName = first.name;
      current = { entry, fields: new Map() };
      return;
    }
    // `  version "1.2.3"` / `  integrity sha512-…` (deeper lines are dependency lists)
    if (!current || indent !== 2) return;
    // `(\S.*)?` after `\s+`, not `(.*)`: the two quantifiers cannot trade spaces (linear, #20 class 3).
    const m = /^\s+("[^"]+"|\S+)\s+(\S.*)?$/.exec(line);
    const raw = m?.[2] ?? '';
    if (!m || raw.endsWith(':')) return;
    const key = m[1]!.replace(/^"|"$/g, '');
    const column = line.length - raw.length + 1;
    current.fields.set(key, { value: raw.replace(/^"|"$/g, ''), line: i + 1, column });
  });
  finish();
  return { client: 'yarn-classic', path, dir: dirOf(path), docs: [], lockfileVersion: 'v1', entries, memberDirs: [] };
}

function parseBerry(text: string, path: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseYaml(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value.documents[0];
  if (!doc || !isRecord(doc.value))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'yarn.lock has no entries map' } };
  const entries: LockEntry[] = [];
  const memberDirs: string[] = [];
  const meta = isRecord(doc.value.__metadata) ? doc.value.__metadata : {};
  for (const [key, raw] of Object.entries(doc.value)) {
    if (key === '__metadata' || !isRecord(raw)) continue;
    const entry = berryEntry(doc, key, raw);
    if (entry.workspace) {
      const ws = /@workspace:(.*)$/.exec(str(raw.resolution) ?? '')?.[1];
      if (ws && ws !== '.') memberDirs.push(ws);
    }
    entries.push(entry);
  }
  return {
    ok: true,
    value: {
      client: 'yarn-berry',
      path,
      dir: dirOf(path),
      docs: [doc],
      lockfileVersion: `berry ${scalarText(meta.version) ?? '?'}`,
      entries,
      memberDirs,
    },
  };
}

function berryEntry(doc: YamlDocument, key: string, raw: Record<string, unknown>): LockEntry {
  const resolution = str(raw.resolution) ?? key.split(/,\s*/)[0]!;
  const { name, range } = splitDescriptor(resolution);
  const declared = splitDescriptor(key.split(/,\s*/)[0]!).name;
  const checksum = str(raw.checksum);
  const entry: LockEntry = {
    name,
    version: str(raw.version) ?? (typeof raw.version === 'number' ? String(raw.version) : undefined),
    resolved: undefined,
    // "10/abc…": cacheKey, then the sha512 of the archive in hex
    integrity: checksum,
    hasInstallScript: null,
    link: raw.linkType === 'soft',
    bundled: false,
    dev: false,
    workspace: range.startsWith('workspace:'),
    at: { doc, route: [key], part: 'key' },
    resolvedAt: { doc, route: [key, 'resolution'], part: 'value' },
  };
  if (checksum) entry.algorithm = 'sha512';
  if (declared !== name) entry.declaredName = declared;
  if (raw.conditions !== undefined) entry.conditional = true;
  if (isRecord(raw.bin)) entry.bins = Object.keys(raw.bin);
  // "name@patch:name@npm%3A1.0.0#~/.yarn/patches/…": a local patch over a registry package
  const protocol = /^([a-z+]+):/.exec(range)?.[1] ?? (range.includes('://') ? 'url' : 'npm');
  if (protocol === 'npm' || protocol === 'patch') entry.sourceKind = 'registry';
  else if (protocol === 'workspace') entry.sourceKind = 'workspace';
  else if (protocol === 'link' || protocol === 'portal' || protocol === 'file' || protocol === 'exec') {
    entry.sourceKind = 'path';
    entry.resolved = range;
  } else {
    // https://github.com/a/b.git#commit=…, git+ssh://…, github:a/b#commit=…, https://host/x.tgz
    entry.resolved = range;
    // eslint-disable-next-line regexp/no-dupe-disjunctions -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
    const isGit = /^(?:git|github|gitlab|bitbucket)/.test(protocol) || /\.git(?:#|$)|#commit=/.test(range);
    entry.sourceKind = isGit ? 'git' : 'url';
    const commit = /[#&]commit=([0-9a-f]+)/i.exec(range)?.[1];
    if (commit) entry.commit = commit;
  }
  return entry;
}
