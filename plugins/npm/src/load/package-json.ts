/** package.json: scripts, dependencies of all kinds, workspaces and policy fields. https://docs.npmjs.com/cli/configuring-npm/package-json */
import { isRecord, parseJson, type Parsed, type ParseLimits } from '@inert/core';
import type { DeclaredDependency, Manifest } from '../model.js';
import { dirOf } from './paths.js';

const COUNTED_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;
const ALL_FIELDS = [...COUNTED_FIELDS, 'peerDependencies', 'overrides', 'resolutions'] as const;

export function parsePackageJson(text: string, path: string, limits?: ParseLimits): Parsed<Manifest> {
  const parsed = parseJson(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const json = doc.value;
  if (!isRecord(json))
    return { ok: false, problem: { file: path, kind: 'shape', reason: 'package.json is not a JSON object' } };
  const scripts: Record<string, string> = {};
  if (isRecord(json.scripts)) {
    for (const [k, v] of Object.entries(json.scripts)) if (typeof v === 'string') scripts[k] = v;
  }
  let dependencyCount = 0;
  let dependencyField: string | undefined;
  for (const field of COUNTED_FIELDS) {
    const deps = json[field];
    if (!isRecord(deps) || Object.keys(deps).length === 0) continue;
    dependencyCount += Object.keys(deps).length;
    dependencyField ??= field;
  }
  const dependencies: DeclaredDependency[] = [];
  for (const field of ALL_FIELDS) {
    const deps = json[field];
    if (!isRecord(deps)) continue;
    // overrides may nest objects ({ "a": { "b": "1" } }); only string specs are dependencies here
    for (const [name, spec] of Object.entries(deps)) {
      if (typeof spec === 'string')
        dependencies.push({ name, spec, field, at: { doc, route: [field, name], part: 'value' } });
    }
  }
  // "workspaces": ["packages/*"] or { "packages": [...] } (yarn classic)
  const ws = json.workspaces;
  const list = Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws.packages) ? ws.packages : [];
  return {
    ok: true,
    value: {
      path,
      dir: dirOf(path),
      doc,
      json,
      name: typeof json.name === 'string' ? json.name : undefined,
      scripts,
      dependencyCount,
      dependencyField,
      dependencies,
      workspaces: list.filter((w): w is string => typeof w === 'string'),
    },
  };
}

// The core's shape guards, one definition for every plugin (#24.2).
export { isRecord, stringOf as str } from '@inert/core';
