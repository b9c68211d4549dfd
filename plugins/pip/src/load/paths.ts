/** Path helpers (relative, `/`-separated) for grouping files and resolving includes inside the checkout. */

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins `target` to `dir`; undefined when the result leaves the checkout or is absolute. */
export function joinInside(dir: string, target: string): string | undefined {
  if (/^(?:[A-Z]:)?[\\/]/i.test(target) || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const parts = dir === '' ? [] : dir.split('/');
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
