/** Path helpers for grouping files into projects (paths are relative, `/`-separated). */

// The core's, one definition for every plugin (#24.2).
export { baseOf, dirOf } from '@inert/core';

/** `a/b` is inside `a`; everything is inside the root `''`. */
export function isInside(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}

/** `a/b/c` relative to `a` → `b/c`. */
export function relativeTo(dir: string, ancestor: string): string {
  if (ancestor === '') return dir;
  return dir === ancestor ? '' : dir.slice(ancestor.length + 1);
}
