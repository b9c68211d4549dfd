/** Helpers for the relative, `/`-separated paths the core gives plugins. */

/** `a/b/c.toml` → `a/b`; a file at the root → `''`. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
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
