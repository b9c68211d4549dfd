/**
 * Routing a walked path to the plugins' file rules, compiled once per scan (issue #25,
 * docs/decisions/0016). A 100,000-file checkout has a few files a plugin wants; the router rejects
 * the rest by their last segment and, for patterns with directories, by comparing segments in
 * place, without slicing suffixes or running every glob. What passes is confirmed by the same
 * `matchesGlob` the rules always used, so a route is exactly `ruleFor`'s answer.
 */
import type { FileRule } from './files.js';
import { matchesGlob } from './glob.js';
import picomatch from 'picomatch';

/** One pattern of one rule of one plugin, with the cheap test that every path it matches passes. */
interface Route {
  plugin: number;
  rule: number;
  pattern: string;
  /** A necessary condition on the whole path (segments compared in place). */
  maybe: (path: string, name: string, nameStart: number) => boolean;
}

/** Per plugin (in the given order), the first of its rules that claims `path`; undefined when no plugin does. */
export type FileRouter = (path: string) => (FileRule | undefined)[] | undefined;

const SEGMENT = { dot: true, nobrace: true, noextglob: true, nonegate: true, windows: false } as const;
const WILD = /[*?[\]{}()!+@\\]/;

/** Compiles the plugins' rules into one router. */
export function fileRouter(plugins: readonly { files: readonly FileRule[] }[]): FileRouter {
  const byName = new Map<string, Route[]>();
  const others: Route[] = [];
  plugins.forEach((plugin, p) =>
    plugin.files.forEach((rule, r) => {
      for (const pattern of rule.match) {
        const segments = pattern.split('/');
        const last = segments[segments.length - 1]!;
        const route: Route = { plugin: p, rule: r, pattern, maybe: prefilter(segments) };
        if (WILD.test(last)) others.push(route);
        else (byName.get(last) ?? byName.set(last, []).get(last)!).push(route);
      }
    }),
  );
  // Patterns whose last segment is a glob and that cannot cross `/` there: one regex of all their last
  // segments rejects most names at once (27 such patterns ran one by one on every walked path).
  const deep = others.filter((r) => isDeep(r.pattern));
  const shallow = others.filter((r) => !isDeep(r.pattern));
  const lastSegments = [...new Set(shallow.map((r) => r.pattern.slice(r.pattern.lastIndexOf('/') + 1)))];
  const anyLast =
    lastSegments.length === 0
      ? undefined
      : new RegExp(lastSegments.map((g) => `(?:${picomatch.makeRe(g, SEGMENT).source})`).join('|'));
  return (path) => {
    const nameStart = path.lastIndexOf('/') + 1;
    const name = nameStart === 0 ? path : path.slice(nameStart);
    // Per plugin, the index of the first rule that claims the path so far (-1: none): the first wins, as in
    // ruleFor (the lowest rule index is kept, so the order routes are tried in does not matter).
    let first: number[] | undefined;
    const tryRoutes = (routes: readonly Route[]) => {
      for (const route of routes) {
        if (first && first[route.plugin]! >= 0 && first[route.plugin]! <= route.rule) continue;
        if (!route.maybe(path, name, nameStart) || !matchesGlob(path, route.pattern)) continue;
        (first ??= plugins.map(() => -1))[route.plugin] = route.rule;
      }
    };
    const named = byName.get(name);
    if (named) tryRoutes(named);
    if (anyLast?.test(name)) tryRoutes(shallow);
    tryRoutes(deep);
    return first?.map((r, p) => (r >= 0 ? plugins[p]!.files[r] : undefined));
  };
}

/** A pattern with `**` or braces: its last segment may match across `/` (see prefilter). */
const isDeep = (pattern: string): boolean => pattern.includes('**') || pattern.includes('{');

/**
 * A necessary condition for `matchesGlob(path, pattern)`: "ends with segments matching". Without
 * `**`, a segment glob never crosses `/`, so only the path's last `segments.length` segments can
 * match, each against its own segment (literal: equal; glob: its own regex). With `**` (or braces,
 * which may hold `/`), only the literal segments before the first wildcard segment are required,
 * somewhere in the path on segment boundaries; a pattern starting with a wildcard passes everything.
 */
function prefilter(segments: readonly string[]): Route['maybe'] {
  if (isDeep(segments.join('/'))) {
    const literal: string[] = [];
    for (const s of segments) {
      if (WILD.test(s)) break;
      literal.push(s);
    }
    if (literal.length === 0) return () => true;
    const prefix = `${literal.join('/')}/`;
    return (path) => path.startsWith(prefix) || path.includes(`/${prefix}`);
  }
  const last = segment(segments[segments.length - 1]!);
  const parents = segments.slice(0, -1).map(segment);
  return (path, name, nameStart) => {
    if (!last(name, 0, name.length)) return false;
    let start = nameStart;
    for (let i = parents.length - 1; i >= 0; i--) {
      if (start === 0) return false; // fewer segments than the pattern
      const end = start - 1;
      start = path.lastIndexOf('/', end - 1) + 1;
      if (!parents[i]!(path, start, end)) return false;
    }
    return true;
  };
}

/** A test of `text.slice(start, end)` against one glob segment, slicing only for a wildcard segment. */
function segment(glob: string): (text: string, start: number, end: number) => boolean {
  if (!WILD.test(glob)) return (text, start, end) => end - start === glob.length && text.startsWith(glob, start);
  const re = picomatch.makeRe(glob, SEGMENT);
  return (text, start, end) => re.test(start === 0 && end === text.length ? text : text.slice(start, end));
}
