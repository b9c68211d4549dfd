/** Helpers for the relative, `/`-separated paths the core gives plugins. */

/** `a/b/c.toml` → `a/b`; a file at the root → `''`. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `a/b/c.toml` → `c.toml`. */
export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `target`, taken relative to `dir`, climbs above the scan root (`../..`) — or is absolute. */
export function leavesRoot(dir: string, target: string): boolean {
  if (target.startsWith('/') || target.startsWith('~') || /^[A-Z]:[\\/]/i.test(target)) return true;
  let depth = dir === '' ? 0 : dir.split('/').length;
  for (const part of target.split(/[/\\]/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * `text` without the run of `char` at its end (`a/b///` → `a/b`). A loop, not `/\/+$/`: that regex
 * restarts at every slash of a long run and takes quadratic time on attacker text (#20).
 */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/** `text` up to the first of `chars` (all of it when none occurs): `a(b)c` cut at `(` → `a`. */
export function cutAt(text: string, chars: string): string {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) return text.slice(0, i);
  return text;
}

/**
 * `path` joined onto the directory `dir` (both `/`-separated, relative to the scan root) with `.` and
 * `..` resolved lexically, as the clients that join paths without touching the disk do; undefined
 * when the result climbs above the root. Empty segments are skipped, so a leading `/` is not
 * special here: callers that refuse absolute paths (with their client's notion of one) test first.
 */
export function joinInside(dir: string, path: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}
