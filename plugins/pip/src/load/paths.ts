/** Path helpers (relative, `/`-separated) for grouping files and resolving includes inside the checkout. */

// The core's, one definition for every plugin (#24.2).
export { baseOf, dirOf } from '@inert/core';

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
