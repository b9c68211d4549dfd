/** Path helpers for grouping files into projects (paths are relative, `/`-separated). */

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/b` is inside `a`; everything is inside the root `''`. */
export function isInside(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}

/** `a/b/c` relative to `a` → `b/c`. */
export function relativeTo(dir: string, ancestor: string): string {
  if (ancestor === '') return dir;
  return dir === ancestor ? '' : dir.slice(ancestor.length + 1);
}
