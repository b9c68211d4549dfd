/** Path helpers (relative, `/`-separated) for grouping files and resolving includes inside the checkout. */

import { joinInside as join } from '@inert/core';

// The core's, one definition for every plugin (#24.2).
export { baseOf, dirOf } from '@inert/core';

/** Joins `target` to `dir`; undefined when the result leaves the checkout or is absolute (`/`, `C:\\`, a URL). */
export function joinInside(dir: string, target: string): string | undefined {
  if (/^(?:[A-Z]:)?[\\/]/i.test(target) || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  return join(dir, target.replace(/\\/g, '/'));
}
