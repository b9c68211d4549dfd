/**
 * poetry.lock, uv.lock, pdm.lock (TOML) and Pipfile.lock (JSON): per package its version, source and files with
 * hashes. https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile · https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control
 */
import { parseJson, parseToml, type Parsed, type ParseLimits } from '@inert/core';
import type { Lock, LockEntry, LockFile } from '../model.js';
import { dirOf } from './paths.js';
import { arr, entries, isRecord, rec, str } from './shape.js';

/** A lockfile of `tool` (the route's reader says which): Pipenv's is JSON, the others TOML. */
export function parseLock(text: string, path: string, tool: Lock['tool'], limits?: ParseLimits): Parsed<Lock> {
  if (tool === 'pipenv') return parsePipfileLock(text, path, limits);
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const packages = doc.value['package'];
  if (packages !== undefined && !Array.isArray(packages))
    return { ok: false, problem: { file: path, kind: 'shape', reason: '`package` is not an array of tables' } };
  const legacyFiles = rec(rec(doc.value['metadata'])['files']);
  const out: LockEntry[] = [];
  arr(packages).forEach((p, i) => {
    if (!isRecord(p) || typeof p['name'] !== 'string') return;
    const entry = tool === 'uv' ? uvEntry(p, i) : tool === 'pdm' ? pdmEntry(p, i) : poetryEntry(p, i, legacyFiles);
    out.push(entry);
  });
  return { ok: true, value: { path, dir: dirOf(path), tool, doc, entries: out } };
}

function fileName(url: string): string {
  return url.split(/[?#]/)[0]!.split('/').pop() ?? url;
}

function uvEntry(p: Record<string, unknown>, i: number): LockEntry {
  const source = rec(p['source']);
  const files: LockFile[] = [];
  const sdist = p['sdist'];
  if (isRecord(sdist))
    files.push({
      name: str(sdist['filename']) ?? fileName(str(sdist['url']) ?? str(sdist['path']) ?? 'sdist.tar.gz'),
      hash: str(sdist['hash']),
    });
  for (const w of arr(p['wheels']))
    if (isRecord(w))
      files.push({
        name: str(w['filename']) ?? fileName(str(w['url']) ?? str(w['path']) ?? 'x.whl'),
        hash: str(w['hash']),
      });
  const kind =
    source['registry'] !== undefined
      ? 'registry'
      : source['git'] !== undefined
        ? 'git'
        : source['url'] !== undefined
          ? 'url'
          : source['path'] !== undefined
            ? 'path'
            : source['editable'] !== undefined || source['virtual'] !== undefined || source['directory'] !== undefined
              ? 'workspace'
              : 'registry';
  const url = str(source['registry']) ?? str(source['git']) ?? str(source['url']) ?? str(source['path']);
  const requires = arr(p['dependencies'])
    .filter(isRecord)
    .flatMap((d) => {
      const n = str(d['name']);
      const v = str(d['version']);
      return n === undefined ? [] : [v === undefined ? { name: n } : { name: n, version: v }];
    });
  return {
    name: p['name'] as string,
    version: str(p['version']),
    route: ['package', i],
    source: kind,
    sourceUrl: url,
    files,
    hashes: [],
    dev: false,
    requires,
  };
}

function poetryEntry(p: Record<string, unknown>, i: number, legacyFiles: Record<string, unknown>): LockEntry {
  const source = rec(p['source']);
  const type = str(source['type']);
  const kind =
    type === 'git' ? 'git' : type === 'url' || type === 'file' ? 'url' : type === 'directory' ? 'path' : 'registry';
  const name = p['name'] as string;
  // Lock 1.x keeps files under [metadata.files], keyed by name.
  const list = p['files'] !== undefined ? arr(p['files']) : arr(legacyFiles[name]);
  const files = list.filter(isRecord).map((f) => ({ name: str(f['file']) ?? '', hash: str(f['hash']) }));
  const url =
    type === 'git'
      ? `${str(source['url']) ?? ''}${source['resolved_reference'] ? `@${str(source['resolved_reference'])}` : ''}`
      : str(source['url']);
  const requires = Object.keys(rec(p['dependencies'])).map((n) => ({ name: n }));
  return {
    name,
    version: str(p['version']),
    route: ['package', i],
    source: kind,
    sourceUrl: url,
    files,
    hashes: [],
    dev: str(p['category']) === 'dev',
    requires,
  };
}

function pdmEntry(p: Record<string, unknown>, i: number): LockEntry {
  const kind =
    p['git'] !== undefined ? 'git' : p['path'] !== undefined ? 'path' : p['url'] !== undefined ? 'url' : 'registry';
  const files = arr(p['files'])
    .filter(isRecord)
    .map((f) => ({ name: str(f['file']) ?? fileName(str(f['url']) ?? ''), hash: str(f['hash']) }));
  const url = str(p['git']) ?? str(p['path']) ?? str(p['url']);
  // "name[extra]>=1; marker": the name is the leading identifier (PEP 508).
  const requires = arr(p['dependencies']).flatMap((d) => {
    const n = typeof d === 'string' ? /^\s*([A-Z0-9][\w.-]*)/i.exec(d)?.[1] : undefined;
    return n === undefined ? [] : [{ name: n }];
  });
  return {
    name: p['name'] as string,
    version: str(p['version']),
    route: ['package', i],
    source: kind,
    sourceUrl: url,
    files,
    hashes: [],
    dev: false,
    requires,
  };
}

function parsePipfileLock(text: string, path: string, limits?: ParseLimits): Parsed<Lock> {
  const parsed = parseJson(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const root = doc.value;
  if (!isRecord(root))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'Pipfile.lock is not a JSON object' } };
  const out: LockEntry[] = [];
  for (const section of ['default', 'develop']) {
    for (const [name, value] of entries(root[section])) {
      if (!isRecord(value)) continue;
      const kind =
        value['git'] !== undefined
          ? 'git'
          : value['path'] !== undefined
            ? 'path'
            : value['file'] !== undefined
              ? 'url'
              : 'registry';
      const version = str(value['version'])?.replace(/^==/, '');
      const url = str(value['git']) ?? str(value['path']) ?? str(value['file']);
      const hashes = arr(value['hashes']).filter((h): h is string => typeof h === 'string');
      out.push({
        name,
        version,
        route: [section, name],
        source: kind,
        sourceUrl: url && value['ref'] ? `${url}@${str(value['ref'])}` : url,
        files: undefined,
        hashes,
        dev: section === 'develop',
      });
    }
  }
  return { ok: true, value: { path, dir: dirOf(path), tool: 'pipenv', doc, entries: out } };
}

/** Whether installing the entry builds it from source: true when only sdists are listed or it is a git/path source. */
export function buildsFromSource(entry: LockEntry): boolean | null {
  if (entry.source === 'git' || entry.source === 'path') return true;
  if (entry.source === 'workspace') return true;
  if (entry.files === undefined || entry.files.length === 0)
    return entry.source === 'url' && entry.sourceUrl !== undefined ? !/\.whl$/i.test(fileName(entry.sourceUrl)) : null;
  return !entry.files.some((f) => /\.whl$/i.test(f.name));
}
