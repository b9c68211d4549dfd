/**
 * Which directories the workspace globs of a project root make members, as each client reads the list
 * (docs/security.md, "Workspace membership and `!` exclusions"). Globs are matched against the
 * member's path with picomatch (`matchesGlob`), never expanded against the tree.
 */
import { matchesGlob } from '@inert/core';
import type { NpmModel } from '../model.js';
import { yarnFacts } from '../yarn-install.js';

/** Globs without wildcards or braces (most members of a long list) are looked up as they are. */
interface Globs {
  literal: Set<string>;
  wild: string[];
}

/** The reader of a root's package.json `workspaces`, by the client that installs it. */
export type WorkspaceReader = 'npm' | 'yarn-classic' | 'yarn-globby' | 'yarn-fast-glob';

const hasWildcard = (glob: string): boolean => /[*?[{\\]/.test(glob);
const globs = (): Globs => ({ literal: new Set(), wild: [] });
const add = (g: Globs, glob: string): void => void (hasWildcard(glob) ? g.wild.push(glob) : g.literal.add(glob));
const has = (g: Globs, path: string): boolean =>
  g.literal.has(path) || g.wild.some((w) => matchesGlob(path, w, { anchored: true }));
/** A leading `./` or `/` and a trailing `/` dropped (as npm does; Yarn's globbers read them alike for paths inside). */
const normalise = (glob: string): string => glob.replace(/^\.?\/+/, '').replace(/\/$/, '');

const cache = new WeakMap<NpmModel, Map<string, (member: string) => boolean>>();

/**
 * The membership test of the project at `root`, built once per root: isMember runs for every
 * manifest and root, and trying each of 20,000 listed members on each of 20,000 manifests took
 * seconds (#20 class 3).
 */
export function memberMatcher(model: NpmModel, root: string): (member: string) => boolean {
  let byRoot = cache.get(model);
  if (!byRoot) cache.set(model, (byRoot = new Map<string, (member: string) => boolean>()));
  let matcher = byRoot.get(root);
  if (!matcher) byRoot.set(root, (matcher = build(model, root)));
  return matcher;
}

function build(model: NpmModel, root: string): (member: string) => boolean {
  const { npm, pnpm } = workspaceGlobs(model, root);
  const reader = workspaceReader(model, root);
  const fromManifest =
    reader === 'yarn-globby'
      ? globbyMembers(npm)
      : reader === 'yarn-fast-glob'
        ? unorderedMembers(npm, fastGlobExcludes)
        : orderedMembers(npm, reader === 'yarn-classic');
  const fromPnpm = unorderedMembers(pnpm, (path, glob) => matchesGlob(path, glob, { anchored: true }));
  return (member) => fromManifest(member) || fromPnpm(member);
}

/**
 * Which Yarn reads a root's `workspaces`, from what selects it (yarnPath, packageManager, devEngines,
 * engines — `yarnFacts`) and else the berry yarn.lock's `__metadata.version`: Yarn 2.x and 3.0 write 4,
 * 3.7 writes 6 (the last @yarnpkg/core 3.x), 4.0 writes 8 (LOCKFILE_VERSION in each @yarnpkg/core's
 * lib/Project.js). A berry lock with neither is read as the current Yarn (4).
 */
export function workspaceReader(model: NpmModel, root: string): WorkspaceReader {
  const atRoot = model.locks.filter((l) => l.dir === root);
  const berry = atRoot.some((l) => l.client === 'yarn-berry');
  if (!berry) return atRoot.some((l) => l.client === 'yarn-classic') ? 'yarn-classic' : 'npm';
  const facts = yarnFacts(
    model,
    model.locks.filter((l) => l.client === 'yarn-berry'),
    root,
  );
  const major = facts?.version?.major;
  if (major !== undefined) return major <= 1 ? 'yarn-classic' : major <= 3 ? 'yarn-globby' : 'yarn-fast-glob';
  const written = facts?.lock?.metadataVersion;
  return written !== undefined && written <= 6 ? 'yarn-globby' : 'yarn-fast-glob';
}

/**
 * npm (@npmcli/map-workspaces): an odd number of leading `!` negates, an even one does not, and a later
 * pattern that an earlier exclusion matches cancels that exclusion. Yarn classic globs each pattern on
 * its own with glob@7's `nonegate`: a `!` pattern is a literal directory name starting with `!`.
 */
function orderedMembers(list: readonly string[], classic: boolean): (member: string) => boolean {
  const members = globs();
  const excluded = globs();
  for (const w of list) {
    const bangs = /^!*/.exec(w)![0].length;
    const glob = normalise(w.slice(bangs));
    if (bangs > 0 && classic) {
      // Yarn 1: a literal directory name that starts with `!` (a wildcard one is not matched here).
      if (!hasWildcard(glob)) members.literal.add(`${'!'.repeat(bangs)}${glob}`);
      continue;
    }
    if (bangs % 2 === 1) {
      add(excluded, glob);
      continue;
    }
    if (has(excluded, glob)) {
      excluded.literal.delete(glob);
      excluded.wild = excluded.wild.filter((n) => !matchesGlob(glob, n, { anchored: true }));
    }
    add(members, glob);
  }
  return (member) => has(members, member) && !has(excluded, member);
}

/**
 * pnpm (tinyglobby) and Yarn ≥ 4 (fast-glob): every `!` pattern excludes, whatever its place in the
 * list; `excludes` says how one exclusion applies to a path.
 */
function unorderedMembers(
  list: readonly string[],
  excludes: (path: string, glob: string) => boolean,
): (member: string) => boolean {
  const members = globs();
  const excluded: string[] = [];
  for (const w of list) {
    const bangs = /^!*/.exec(w)![0].length;
    const glob = normalise(w.slice(bangs));
    if (bangs % 2 === 1) excluded.push(glob);
    else add(members, glob);
  }
  const literal = new Set(excluded.filter((g) => !hasWildcard(g)));
  return (member) => has(members, member) && !literal.has(member) && !excluded.some((glob) => excludes(member, glob));
}

/**
 * Yarn 2–3: @yarnpkg/core 2.x–3.x `Workspace.setup` hands the list to globby 11 (`expandDirectories:
 * false`), which drops repeated patterns (array-union, the first kept) and globs each positive pattern
 * with, as fast-glob `ignore`, the `!` patterns listed after it (`generateGlobTasks`): an exclusion
 * never touches a pattern listed later. fast-glob strips one more `!` from an ignore pattern
 * (`convertToPositivePattern`), so `!!a` excludes `a`.
 *
 * Between two `!` patterns the positives share one ignore list, and a later segment's list is a
 * suffix of an earlier one's: a member is in when some segment at or after the last exclusion that
 * matches it lists it.
 */
function globbyMembers(list: readonly string[]): (member: string) => boolean {
  const segments: Globs[] = [globs()];
  const exclusions: string[] = [];
  for (const w of new Set(list)) {
    if (!w.startsWith('!')) {
      add(segments[segments.length - 1]!, normalise(w));
      continue;
    }
    const ignore = w.slice(1);
    exclusions.push(ignore.startsWith('!') && ignore[1] !== '(' ? ignore.slice(1) : normalise(ignore));
    segments.push(globs());
  }
  return (member) => {
    let last = 0;
    for (let j = exclusions.length; j > 0; j--)
      if (fastGlobExcludes(member, exclusions[j - 1]!)) {
        last = j;
        break;
      }
    for (let k = segments.length - 1; k >= last; k--) if (has(segments[k]!, member)) return true;
    return false;
  };
}

/**
 * Whether a fast-glob 3 exclusion removes `path`: the path matches it, or it stops the walk above the
 * path — fast-glob's deep filter does not enter a directory that a negative pattern ending in `/**`
 * or with a literal last segment matches (`isAffectDepthOfReadingPattern`; `a/**` matches `a` too).
 * A pattern still starting with `!` is picomatch negation: it excludes every path it does not match.
 */
export function fastGlobExcludes(path: string, glob: string): boolean {
  if (glob.startsWith('!') && glob[1] !== '(') return !matchesGlob(path, normalise(glob.slice(1)), { anchored: true });
  const g = normalise(glob);
  if (matchesGlob(path, g, { anchored: true })) return true;
  const globstar = g.endsWith('/**');
  const base = globstar ? g.slice(0, -3) : undefined;
  if (base !== undefined && matchesGlob(path, base, { anchored: true })) return true;
  if (!globstar && hasWildcard(g.slice(g.lastIndexOf('/') + 1))) return false;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const dir = path.slice(0, i);
    if (matchesGlob(dir, g, { anchored: true }) || (base !== undefined && matchesGlob(dir, base, { anchored: true })))
      return true;
  }
  return false;
}

function workspaceGlobs(model: NpmModel, root: string): { npm: string[]; pnpm: string[] } {
  const npm = [...(model.manifests.find((r) => r.dir === root)?.workspaces ?? [])];
  const ws = model.pnpmWorkspaces.find((w) => w.dir === root);
  const pnpm =
    ws && Array.isArray(ws.value.packages) ? ws.value.packages.filter((p): p is string => typeof p === 'string') : [];
  return { npm, pnpm };
}
