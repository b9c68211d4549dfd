/**
 * pyproject.toml (PEP 518/621, tool.poetry, tool.uv, tool.pdm), uv.toml and Pipfile: build system, sources and
 * declared dependencies with routes. https://packaging.python.org/en/latest/specifications/pyproject-toml/
 */
import { parseToml, type Parsed, type TomlDocument, type ParseLimits } from '@inert/core';
import type { DependencyDecl, TomlProject } from '../model.js';
import { parseSpec } from './pep508.js';
import { dirOf } from './paths.js';
import { arr, entries, isRecord, rec, str } from './shape.js';

type Route = (string | number)[];

/** A TOML project file of `kind` (the route's reader says which): pyproject.toml, uv.toml or a Pipfile. */
export function parseTomlProject(
  text: string,
  path: string,
  kind: TomlProject['kind'],
  limits?: ParseLimits,
): Parsed<TomlProject> {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const project: TomlProject = {
    path,
    dir: dirOf(path),
    kind,
    doc,
    buildSystem: { present: false, backend: undefined, backendPath: [] },
    sources: [],
    dependencies: [],
    uvSettings: [],
    flags: {},
  };
  const v = doc.value;
  if (kind === 'Pipfile') readPipfile(project, v);
  else if (kind === 'uv.toml') readUv(project, v, []);
  else {
    const bs = v['build-system'];
    if (isRecord(bs))
      project.buildSystem = {
        present: true,
        backend: str(bs['build-backend']),
        backendPath: arr(bs['backend-path']).filter((p): p is string => typeof p === 'string'),
      };
    readPep621(project, v);
    const tool = rec(v['tool']);
    readPoetry(project, rec(tool['poetry']));
    readUv(project, rec(tool['uv']), ['tool', 'uv']);
    readPdm(project, rec(tool['pdm']));
  }
  placeArrayItems(project);
  return { ok: true, value: project };
}

/**
 * The core's TOML locator resolves keys, not items of multi-line arrays; PEP 508 strings in `dependencies = [...]`
 * are placed on their own line by finding each string after its key, in order.
 */
function placeArrayItems(project: TomlProject): void {
  const items = project.dependencies.filter(
    (d) => 'route' in d.at && typeof d.at.route[d.at.route.length - 1] === 'number',
  );
  if (items.length === 0) return;
  const parents = items.map((d) => ('route' in d.at ? d.at.route.slice(0, -1) : []));
  const spans = project.doc.locate(parents.map((route) => ({ route, part: 'key' as const })));
  const lines = project.doc.text.split(/\r\n|\r|\n/);
  const cursor = new Map<string, number>();
  items.forEach((d, i) => {
    const key = parents[i]!.join('\u0000');
    const from = cursor.get(key) ?? (spans[i]?.line ?? 1) - 1;
    const needle = d.name;
    for (let n = from; n < lines.length && n < from + 10_000; n++) {
      const col = lines[n]!.indexOf(needle);
      if (col < 0 || !/["']/.test(lines[n]!.slice(Math.max(0, col - 1), col))) continue;
      d.at = { file: project.path, line: n + 1, column: col };
      cursor.set(key, n);
      return;
    }
  });
}

function at(doc: TomlDocument, route: Route, part: 'key' | 'value' = 'key') {
  return { doc, route, part };
}

function pep508(project: TomlProject, spec: unknown, route: Route, origin: DependencyDecl['origin']): void {
  if (typeof spec !== 'string') return;
  const p = parseSpec(spec);
  if (!p.name) return;
  project.dependencies.push({
    name: p.name,
    spec: p.specifier,
    url: p.url,
    ref: undefined,
    refKind: undefined,
    git: false,
    origin,
    at: at(project.doc, route, 'value'),
  });
}

function readPep621(project: TomlProject, v: Record<string, unknown>): void {
  const proj = rec(v['project']);
  arr(proj['dependencies']).forEach((d, i) => pep508(project, d, ['project', 'dependencies', i], 'dependency'));
  for (const [group, list] of entries(proj['optional-dependencies']))
    arr(list).forEach((d, i) => pep508(project, d, ['project', 'optional-dependencies', group, i], 'dependency'));
  for (const [group, list] of entries(v['dependency-groups']))
    arr(list).forEach((d, i) => pep508(project, d, ['dependency-groups', group, i], 'dependency'));
  const build = rec(v['build-system']);
  arr(build['requires']).forEach((d, i) => pep508(project, d, ['build-system', 'requires', i], 'build'));
}

/** A dependency given as a table (`{ git = …, rev = … }`) or a version string, as Poetry, uv sources and Pipfile write them. */
function tableDep(
  project: TomlProject,
  name: string,
  value: unknown,
  route: Route,
  origin: DependencyDecl['origin'],
): void {
  for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
    const r = Array.isArray(value) ? [...route, i] : route;
    if (typeof item === 'string') {
      project.dependencies.push({
        name,
        spec: item,
        url: undefined,
        ref: undefined,
        refKind: undefined,
        git: false,
        origin,
        at: at(project.doc, r),
      });
      continue;
    }
    if (!isRecord(item)) continue;
    const git = str(item['git']);
    const url = git ?? str(item['url']) ?? str(item['path']) ?? str(item['file']);
    const ref = str(item['rev']) ?? str(item['ref']) ?? str(item['tag']) ?? str(item['branch']);
    const refKind =
      item['rev'] !== undefined || item['ref'] !== undefined
        ? 'rev'
        : item['tag'] !== undefined
          ? 'tag'
          : item['branch'] !== undefined
            ? 'branch'
            : undefined;
    project.dependencies.push({
      name,
      spec: str(item['version']) ?? '',
      url,
      ref,
      refKind,
      git: git !== undefined,
      origin,
      at: at(project.doc, r),
    });
  }
}

function readPoetry(project: TomlProject, poetry: Record<string, unknown>): void {
  if (Object.keys(poetry).length === 0) return;
  arr(poetry['source']).forEach((s, i) => {
    if (isRecord(s))
      project.sources.push({
        tool: 'poetry',
        name: str(s['name']),
        url: str(s['url']),
        fields: s,
        route: ['tool', 'poetry', 'source', i],
        at: at(project.doc, ['tool', 'poetry', 'source', i]),
      });
  });
  const groups: [Route, unknown][] = [
    [['tool', 'poetry', 'dependencies'], poetry['dependencies']],
    [['tool', 'poetry', 'dev-dependencies'], poetry['dev-dependencies']],
  ];
  for (const [g, table] of entries(poetry['group']))
    groups.push([['tool', 'poetry', 'group', g, 'dependencies'], rec(table)['dependencies']]);
  for (const [route, table] of groups) {
    for (const [name, value] of entries(table))
      if (name !== 'python') tableDep(project, name, value, [...route, name], 'dependency');
  }
}

function readUv(project: TomlProject, uv: Record<string, unknown>, prefix: Route): void {
  arr(uv['index']).forEach((s, i) => {
    if (isRecord(s))
      project.sources.push({
        tool: 'uv',
        name: str(s['name']),
        url: str(s['url']),
        fields: s,
        route: [...prefix, 'index', i],
        at: at(project.doc, [...prefix, 'index', i]),
      });
  });
  for (const [name, value] of entries(uv['sources']))
    tableDep(project, name, value, [...prefix, 'sources', name], 'source');
  for (const key of ['index-strategy', 'index-url', 'extra-index-url', 'find-links']) {
    const value = uv[key];
    if (typeof value === 'string') project.uvSettings.push({ key, value, at: at(project.doc, [...prefix, key]) });
    else
      arr(value).forEach(
        (item, i) =>
          typeof item === 'string' &&
          project.uvSettings.push({ key, value: item, at: at(project.doc, [...prefix, key, i], 'value') }),
      );
  }
  const pip = rec(uv['pip']);
  for (const key of ['index-strategy', 'index-url', 'extra-index-url', 'find-links']) {
    const value = pip[key];
    if (typeof value === 'string')
      project.uvSettings.push({ key, value, at: at(project.doc, [...prefix, 'pip', key]) });
    else
      arr(value).forEach(
        (item, i) =>
          typeof item === 'string' &&
          project.uvSettings.push({ key, value: item, at: at(project.doc, [...prefix, 'pip', key, i], 'value') }),
      );
  }
}

function readPdm(project: TomlProject, pdm: Record<string, unknown>): void {
  arr(pdm['source']).forEach((s, i) => {
    if (isRecord(s))
      project.sources.push({
        tool: 'pdm',
        name: str(s['name']),
        url: str(s['url']),
        fields: s,
        route: ['tool', 'pdm', 'source', i],
        at: at(project.doc, ['tool', 'pdm', 'source', i]),
      });
  });
  const resolution = rec(pdm['resolution']);
  if (resolution['respect-source-order'] !== undefined)
    project.flags = { ...project.flags, 'respect-source-order': resolution['respect-source-order'] };
  for (const [group, list] of entries(pdm['dev-dependencies']))
    arr(list).forEach((d, i) => pep508(project, d, ['tool', 'pdm', 'dev-dependencies', group, i], 'dependency'));
}

function readPipfile(project: TomlProject, v: Record<string, unknown>): void {
  arr(v['source']).forEach((s, i) => {
    if (isRecord(s))
      project.sources.push({
        tool: 'pipenv',
        name: str(s['name']),
        url: str(s['url']),
        fields: s,
        route: ['source', i],
        at: at(project.doc, ['source', i]),
      });
  });
  for (const section of ['packages', 'dev-packages']) {
    for (const [name, value] of entries(v[section])) tableDep(project, name, value, [section, name], 'dependency');
  }
  const pipenv = rec(v['pipenv']);
  if (pipenv['install_search_all_sources'] !== undefined)
    project.flags = { ...project.flags, install_search_all_sources: pipenv['install_search_all_sources'] };
}

/** pdm `[tool.pdm.scripts]` hooks run automatically by install/lock/build/publish. https://pdm-project.org/latest/usage/scripts/#hook-scripts */
export const PDM_HOOKS = new Set([
  'pre_install',
  'post_install',
  'pre_lock',
  'post_lock',
  'pre_build',
  'post_build',
  'pre_publish',
  'post_publish',
]);

export function pdmHooks(project: TomlProject): { hook: string; command: string; route: Route }[] {
  const scripts = rec(rec(rec(project.doc.value['tool'])['pdm'])['scripts']);
  return entries(scripts)
    .filter(([k]) => PDM_HOOKS.has(k))
    .map(([hook, value]) => ({
      hook,
      command: typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
      route: ['tool', 'pdm', 'scripts', hook],
    }));
}
