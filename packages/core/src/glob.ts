/**
 * Globs for file rules, workspace members and ignore lists: picomatch compiles each glob, after
 * brace-expansion (minimatch's expander) has expanded its `{a,b}` groups under a cap. Globs often
 * come from the scanned tree (a plugin's workspace globs, an in-tree config's ignorePaths), so
 * the shapes whose matching or expansion grows super-linearly are refused, never tried
 * (docs/decisions/0012-globs-picomatch.md):
 * - braces go through brace-expansion with picomatch's own brace regexes off: `{a,a}{a,a}…` as
 *   regex alternation backtracks exponentially on a path that fails at its end;
 * - at most MAX_BRACE_GROUPS groups and MAX_EXPANSIONS expanded globs;
 * - at most MAX_WILDCARDS `*`/`**` runs per expanded glob: each one more multiplies the backtracking
 *   of picomatch's regex by the path's length (four `*` in one segment: 32 s on 200 characters);
 * - extglobs (`+(a|b)`) off: nested quantifiers.
 */
import { expand } from 'brace-expansion';
import picomatch from 'picomatch';

export const MAX_BRACE_GROUPS = 16;
export const MAX_EXPANSIONS = 64;
export const MAX_WILDCARDS = 2;

/** A compiled glob: matches a whole relative path, or why it was refused. */
type Compiled = { ok: true; test: (path: string) => boolean; leadingGlobstar: boolean } | { ok: false; reason: string };

// nonegate: a leading `!` is literal (callers handle exclusions); windows: `\` escapes on every platform.
const PICOMATCH: picomatch.PicomatchOptions = {
  dot: true,
  nobrace: true,
  noextglob: true,
  nonegate: true,
  strictSlashes: true,
  windows: false,
};
const cache = new Map<string, Compiled>();

/**
 * True when `path` (relative, `/`-separated) ends with segments matching `pattern`; with
 * `anchored`, the whole path must match (workspace globs). A refused glob (see globProblem)
 * matches nothing.
 */
export function matchesGlob(path: string, pattern: string, options: { anchored?: boolean } = {}): boolean {
  const glob = compiled(pattern);
  if (!glob.ok) return false;
  if (options.anchored || glob.leadingGlobstar) return glob.test(path);
  // Ends with segments matching: the whole path, then each suffix after a `/`.
  if (glob.test(path)) return true;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (glob.test(path.slice(i + 1))) return true;
  return false;
}

/** Why inert refuses to match `pattern` (a budget above), or undefined when it is matched. */
export function globProblem(pattern: string): string | undefined {
  const glob = compiled(pattern);
  return glob.ok ? undefined : glob.reason;
}

function compiled(pattern: string): Compiled {
  let glob = cache.get(pattern);
  if (!glob) cache.set(pattern, (glob = compile(pattern)));
  return glob;
}

function compile(pattern: string): Compiled {
  // A glob without special characters (most of a long `workspaces` list) is the path itself.
  if (!/[*?[\]{}()!+@\\]/.test(pattern)) return { ok: true, test: (path) => path === pattern, leadingGlobstar: false };
  const groups = count(pattern, '{');
  if (groups > MAX_BRACE_GROUPS)
    return { ok: false, reason: `the glob has ${groups} brace groups; inert expands at most ${MAX_BRACE_GROUPS}` };
  // One more than the cap: brace-expansion stops silently at `max`, so a full list means "over".
  const globs = groups === 0 ? [pattern] : expand(pattern, { max: MAX_EXPANSIONS + 1, maxSteps: 100_000 });
  if (globs.length > MAX_EXPANSIONS)
    return { ok: false, reason: `the glob's braces expand to more than ${MAX_EXPANSIONS} globs` };
  for (const g of globs) {
    const wildcards = wildcardRuns(g);
    if (wildcards > MAX_WILDCARDS)
      return {
        ok: false,
        reason: `the glob has ${wildcards} wildcards (* or **); inert matches at most ${MAX_WILDCARDS} per glob`,
      };
  }
  // Compiled on first use: globProblem checks every workspace glob, most of which never meet a path.
  let regexes: RegExp[] | undefined;
  return {
    ok: true,
    test: (path) => (regexes ??= globs.map((g) => picomatch.makeRe(g, PICOMATCH))).some((re) => re.test(path)),
    leadingGlobstar: globs.every((g) => g.startsWith('**/')),
  };
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** Runs of `*` (a `**` counts once). */
function wildcardRuns(glob: string): number {
  let runs = 0;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '*' && glob[i - 1] !== '*') runs++;
  }
  return runs;
}

/**
 * A test that every path matching one of `patterns` passes, for a cheap first filter before the
 * full globs (most files of a checkout match no rule): patterns whose last segment is literal are
 * looked up by the path's last segment in a set, the others by their last segment's glob.
 * `patterns` are the plugins' own file rules, not the scanned tree's.
 */
export function candidateFilter(patterns: readonly string[]): (path: string) => boolean {
  const literal = new Set<string>();
  const wild: RegExp[] = [];
  for (const pattern of patterns) {
    const last = pattern.slice(pattern.lastIndexOf('/') + 1);
    if (/[*?{[]/.test(last))
      wild.push(
        ...(last.includes('{') ? expand(last, { max: MAX_EXPANSIONS }) : [last]).map((g) =>
          picomatch.makeRe(g, PICOMATCH),
        ),
      );
    else literal.add(last);
  }
  return (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return literal.has(name) || wild.some((re) => re.test(name));
  };
}
