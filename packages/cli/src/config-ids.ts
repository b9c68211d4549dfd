/**
 * Check ids named in a config must exist: a typo (`npm/install-script`) would otherwise silently turn
 * nothing off — or leave a finding the author meant to accept failing the build with no hint why.
 */
import { UsageError } from './args.js';
import type { CliConfig } from './config.js';

/** Throws a UsageError naming the first unknown id in `checks` or `suppress[].check`, with the closest known id. */
export function assertKnownCheckIds(config: CliConfig, known: readonly string[], file: string): void {
  const ecosystems = new Set(known.map((id) => id.slice(0, id.indexOf('/'))));
  const named: { key: string; id: string }[] = [
    ...Object.keys(config.checks ?? {}).map((id) => ({ key: `checks.${id}`, id })),
    ...(config.suppress ?? []).map((s, i) => ({ key: `suppress[${i}].check`, id: s.check })),
  ];
  for (const { key, id } of named) {
    if (id.endsWith('/*') ? ecosystems.has(id.slice(0, -2)) : known.includes(id)) continue;
    const guess = closest(id, id.endsWith('/*') ? [...ecosystems].map((e) => `${e}/*`) : known);
    throw new UsageError(
      `${file}: ${key}: no check "${id}"${guess ? `; did you mean "${guess}"?` : ''} ("inert checks" lists them)`,
    );
  }
}

/** The known id at the smallest edit distance, when it is close enough to be a typo (at most a third of the length). */
export function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(id.slice(0, 200), k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** Levenshtein distance, two rows (ids are short: at most 200 × ~40 cells). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
