/**
 * Routing a walked path to the plugins' file rules, compiled once per scan (issue #25,
 * docs/decisions/0016 and 0024). A 100,000-file checkout has a few files a plugin wants; the router
 * looks a name up instead of trying patterns: patterns whose last segment is literal by that name,
 * the others by the name's extension (a `*.lock` name must end in `.lock`), each group
 * screened by one regex of its last segments. What a pattern requires of the directories above the
 * name is decided once per directory, not per file. What passes is confirmed by the same
 * `matchesGlob` the rules always used, so a route is exactly `ruleFor`'s answer.
 */
import type { FileRule } from './files.js';
import { matchesGlob } from './glob.js';
import picomatch from 'picomatch';

/** One pattern of one rule of one plugin. */
interface Route {
  plugin: number;
  rule: number;
  pattern: string;
  /** A necessary condition on the file's name (undefined: any name, or already known equal). */
  name: SegmentTest | undefined;
  /** A necessary condition on the directory the file is in ('' for the root). */
  dir: ((dir: string) => boolean) | undefined;
}

/** Routes screened together: one regex of their names' globs rejects a name for all of them. */
interface Group {
  screen: { test(name: string): boolean };
  routes: Route[];
}

type SegmentTest = (text: string, start: number, end: number) => boolean;
type Rules = (FileRule | undefined)[];

/**
 * Per plugin (in the given order), the first of its rules that claims `path`; undefined when no plugin
 * does. `inDir(dir)` answers the same for the file names of one directory, building a file's path
 * only when a pattern may match it.
 */
export interface FileRouter {
  (path: string): Rules | undefined;
  inDir(dir: string): (name: string) => Rules | undefined;
}

const SEGMENT = { dot: true, nobrace: true, noextglob: true, nonegate: true, windows: false } as const;
const WILD = /[*?[\]{}()!+@\\]/;

/** Compiles the plugins' rules into one router. */
export function fileRouter(plugins: readonly { files: readonly FileRule[] }[]): FileRouter {
  const byName = new Map<string, Route[]>();
  const byExtension = new Map<string, Route[]>();
  const anyName: Route[] = [];
  // Routes that need something of the directory: by the directory's own name when the pattern's
  // parent segment is literal, else tried in every directory (their condition decides).
  const byDirName = new Map<string, Route[]>();
  const anyDir: Route[] = [];
  plugins.forEach((plugin, p) =>
    plugin.files.forEach((rule, r) => {
      for (const pattern of rule.match) {
        const segments = pattern.split('/');
        const last = segments[segments.length - 1]!;
        if (isDeep(pattern)) {
          anyDir.push({ plugin: p, rule: r, pattern, name: undefined, dir: deepDirTest(segments) });
          continue;
        }
        const literal = !WILD.test(last);
        const route: Route = {
          plugin: p,
          rule: r,
          pattern,
          name: literal && segments.length === 1 ? undefined : segment(last),
          dir: segments.length === 1 ? undefined : parentsTest(segments.slice(0, -1)),
        };
        if (segments.length > 1) {
          const parent = segments[segments.length - 2]!;
          if (WILD.test(parent)) anyDir.push(route);
          else push(byDirName, parent, route);
        } else if (literal) push(byName, last, route);
        else {
          const ext = extensionOf(literalSuffix(last));
          if (ext === undefined) anyName.push(route);
          else push(byExtension, ext, route);
        }
      }
    }),
  );
  const groups = new Map([...byExtension].map(([ext, routes]) => [ext, group(routes)]));
  const anyNameGroup = anyName.length > 0 ? group(anyName) : undefined;

  const inDir = (dir: string) => {
    const slash = dir.lastIndexOf('/');
    const here = [...(byDirName.get(dir.slice(slash + 1)) ?? []), ...anyDir].filter((r) => r.dir!(dir));
    const prefix = dir === '' ? '' : `${dir}/`;
    // Per plugin, the index of the first rule that claims the file so far (-1: none): the first wins, as
    // in ruleFor (the lowest rule index is kept, so the order routes are tried in does not matter).
    // Reset per name; kept out of the per-name call so that a name that matches nothing allocates nothing.
    let first: number[] | undefined;
    let path: string | undefined;
    const tryRoutes = (routes: readonly Route[], name: string) => {
      for (const route of routes) {
        if (first && first[route.plugin]! >= 0 && first[route.plugin]! <= route.rule) continue;
        if (route.name && !route.name(name, 0, name.length)) continue;
        if (!matchesGlob((path ??= prefix + name), route.pattern)) continue;
        (first ??= plugins.map(() => -1))[route.plugin] = route.rule;
      }
    };
    return (name: string): Rules | undefined => {
      first = undefined;
      path = undefined;
      const named = byName.get(name);
      if (named) tryRoutes(named, name);
      const dot = name.lastIndexOf('.');
      const byExt = dot >= 0 ? groups.get(name.slice(dot)) : undefined;
      if (byExt?.screen.test(name)) tryRoutes(byExt.routes, name);
      if (anyNameGroup?.screen.test(name)) tryRoutes(anyNameGroup.routes, name);
      if (here.length > 0) tryRoutes(here, name);
      const found = first as number[] | undefined; // set by tryRoutes
      return found?.map((r, p) => (r >= 0 ? plugins[p]!.files[r] : undefined));
    };
  };

  // Walk order lists a directory's files together: the last directory's routes are kept.
  let lastDir: string | undefined;
  let lastRoute: ((name: string) => Rules | undefined) | undefined;
  const route = (path: string) => {
    const nameStart = path.lastIndexOf('/') + 1;
    const dirLength = Math.max(nameStart - 1, 0);
    if (lastDir === undefined || lastDir.length !== dirLength || !path.startsWith(lastDir)) {
      lastDir = path.slice(0, dirLength);
      lastRoute = inDir(lastDir);
    }
    return lastRoute!(nameStart === 0 ? path : path.slice(nameStart));
  };
  return Object.assign(route, { inDir });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * One regex of the routes' last segments (each compiled by picomatch as a segment), compiled when a
 * name first meets it: a checkout without such names never compiles it (issue #25, docs/decisions/0033).
 */
function group(routes: Route[]): Group {
  let screen: RegExp | undefined;
  const compile = () => {
    const globs = [...new Set(routes.map((r) => r.pattern))];
    return new RegExp(globs.map((g) => `(?:${picomatch.makeRe(g, SEGMENT).source})`).join('|'));
  };
  return { screen: { test: (name) => (screen ??= compile()).test(name) }, routes };
}

/** The literal text after a glob segment's last wildcard character: every name it matches ends with it. */
function literalSuffix(glob: string): string {
  let i = glob.length;
  while (i > 0 && !WILD.test(glob[i - 1]!)) i--;
  return glob.slice(i);
}

/** `.txt` of `-list.txt`: a name that ends with the suffix has this extension (from its last dot). */
function extensionOf(suffix: string): string | undefined {
  const dot = suffix.lastIndexOf('.');
  return dot >= 0 ? suffix.slice(dot) : undefined;
}

/** A pattern with `**` or braces: its last segment may match across `/` (see deepDirTest). */
const isDeep = (pattern: string): boolean => pattern.includes('**') || pattern.includes('{');

/**
 * A necessary condition for a file in `dir` to match a pattern with `**` (or braces, which may hold
 * `/`): the literal segments before the first wildcard segment occur in its path on segment
 * boundaries. They end with `/`, which a file name holds none of, so they occur within `dir/`.
 * A pattern starting with a wildcard passes every directory.
 */
function deepDirTest(segments: readonly string[]): (dir: string) => boolean {
  const literal: string[] = [];
  for (const s of segments) {
    if (WILD.test(s)) break;
    literal.push(s);
  }
  if (literal.length === 0) return () => true;
  const prefix = `${literal.join('/')}/`;
  return (dir) => {
    const withSlash = dir === '' ? '' : `${dir}/`;
    return withSlash.startsWith(prefix) || withSlash.includes(`/${prefix}`);
  };
}

/**
 * A necessary condition for a file in `dir` to match a pattern without `**`: a segment glob never
 * crosses `/`, so the pattern's parent segments must match the directory's last segments, each its own.
 */
function parentsTest(parents: readonly string[]): (dir: string) => boolean {
  const tests = parents.map(segment);
  return (dir) => {
    let end = dir.length;
    for (let i = tests.length - 1; i >= 0; i--) {
      if (end < 0 || dir === '') return false; // fewer segments than the pattern
      const start = dir.lastIndexOf('/', end - 1) + 1;
      if (!tests[i]!(dir, start, end)) return false;
      end = start - 1;
    }
    return true;
  };
}

/** A test of `text.slice(start, end)` against one glob segment, slicing only for a wildcard segment. */
function segment(glob: string): SegmentTest {
  if (!WILD.test(glob)) return (text, start, end) => end - start === glob.length && text.startsWith(glob, start);
  let re: RegExp | undefined; // compiled when a directory first meets it
  return (text, start, end) =>
    (re ??= picomatch.makeRe(glob, SEGMENT)).test(start === 0 && end === text.length ? text : text.slice(start, end));
}
