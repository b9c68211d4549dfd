/** Routes into a parsed value, for asking a positioned document where each of them is. */
import type { Route } from '@inert/core';

/** Up to `max` routes of `value` (breadth-first), plus a few that do not exist. */
export function routesOf(value: unknown, max = 300): Route[] {
  const out: Route[] = [[]];
  const queue: [unknown, Route][] = [[value, []]];
  while (queue.length > 0 && out.length < max) {
    const [v, route] = queue.shift()!;
    if (v === null || typeof v !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
    for (const [k, child] of entries) {
      if (out.length >= max) break;
      const next = [...route, k];
      out.push(next);
      queue.push([child, next]);
    }
  }
  out.push(['__proto__'], ['missing', 'deeper'], [...(out[out.length - 1] ?? []), 'not-there', 3]);
  return out;
}
