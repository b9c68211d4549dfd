/**
 * The cache keys a step saves and the keys it restores, as patterns compared statically: literal
 * text, with each `${{ }}` whose value the file does not fix (`hashFiles(…)`, `github.sha`,
 * `matrix.*`, step outputs) a wildcard — a `-`-free one for hashes. `runner.os` and `runner.arch` stay symbols, equal only to
 * themselves: two workflows on the same runners agree on them. `actions/cache` restores its `key`
 * exactly and each `restore-keys` line as a prefix
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/dependency-caching#matching-a-cache-key),
 * and saves `key` in its post step (`actions/cache/restore` never saves, `actions/cache/save` only
 * saves). Setup actions compute their own key: setup-node `node-cache-<os>-<arch>-<manager>-<hash>`
 * (https://github.com/actions/setup-node/blob/main/src/cache-restore.ts), setup-python
 * `setup-python-<os>-…-<manager>-<hash>` (https://github.com/actions/setup-python/tree/main/src/cache-distributions),
 * setup-go `setup-go-…`, setup-java `setup-java-<os>-<arch>-<manager>-<hash>`; the other caching
 * actions of caches.ts are taken to share one key space per action.
 */
import { cacheUse } from './caches.js';
import type { Step } from './model.js';

/** A wildcard: any text (an expression the file does not fix). */
export const ANY = '\u0000';
/** A wildcard for one `-`-free word: a hash (`hashFiles(…)`, `github.sha`) or a runner name a setup action puts in its key. */
export const WORD = '\u0002';

export interface RestoredKey {
  pattern: string;
  /** A `restore-keys` line: any saved key that starts with it is restored. */
  prefix: boolean;
}

export interface CacheKeys {
  /** Patterns of the keys the step saves. */
  saves: string[];
  /** Patterns of the keys the step restores (a prefix ends with ANY). */
  restores: RestoredKey[];
}

/** Longest key text read: a longer one is cut to a prefix and ANY. */
const MAX_KEY = 200;

export function cacheKeys(step: Step): CacheKeys | undefined {
  if (step.uses === undefined || step.localAction !== undefined) return undefined;
  const name = step.uses.split('@')[0]!.toLowerCase();
  const w = step.with;
  if (name === 'actions/cache' || name === 'actions/cache/restore' || name === 'actions/cache/save') {
    if (w.key === undefined) return undefined;
    const key = pattern(w.key, step.env);
    const prefixes = (w['restore-keys'] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ pattern: `${pattern(line, step.env)}${ANY}`, prefix: true }));
    const lookupOnly = w['lookup-only'] === 'true';
    return {
      saves: name === 'actions/cache/restore' || lookupOnly ? [] : [key],
      restores: name === 'actions/cache/save' || lookupOnly ? [] : [...prefixes, { pattern: key, prefix: false }],
    };
  }
  if (!cacheUse(step)) return undefined;
  const own = ownKey(name, w);
  return { saves: [own], restores: [{ pattern: own, prefix: false }] };
}

/** The key a setup action computes, as a pattern. */
function ownKey(name: string, w: Readonly<Record<string, string>>): string {
  const manager = (w.cache ?? '').trim();
  switch (name) {
    case 'actions/setup-node':
      return `node-cache-${WORD}-${WORD}-${manager}-${WORD}`;
    case 'actions/setup-python':
      return `setup-python-${ANY}-${manager}${ANY}-${WORD}`;
    case 'actions/setup-go':
      return `setup-go-${ANY}`;
    case 'actions/setup-java':
      return `setup-java-${WORD}-${WORD}-${manager}-${WORD}`;
    default:
      return `${name}${ANY}`;
  }
}

const HASHES = /^(?:hashFiles\s*\(.*\)|github\.sha|github\.run_id|github\.run_number)$/;

/** A key as written, with its expressions replaced: `${{ env.X }}` by the literal env value, runner symbols kept, hashes WORD, the rest ANY. */
export function pattern(key: string, env: Readonly<Record<string, string>>): string {
  const text = key.length > MAX_KEY ? key.slice(0, MAX_KEY) : key;
  let out = '';
  let at = 0;
  for (let start = text.indexOf('${{'); start >= 0; start = text.indexOf('${{', at)) {
    const end = text.indexOf('}}', start + 3);
    if (end < 0) break;
    out += text.slice(at, start);
    const inner = text.slice(start + 3, end).trim();
    const envName = /^env\.([\w-]+)$/.exec(inner)?.[1];
    const value = envName === undefined ? undefined : env[envName];
    if (inner === 'runner.os' || inner === 'runner.arch') out += `\uE000${inner}\uE000`;
    else if (value !== undefined && !value.includes('${{')) out += value;
    else out += HASHES.test(inner) ? WORD : ANY;
    at = end + 2;
  }
  out += text.slice(at);
  if (key.length > MAX_KEY) out += ANY;
  return out;
}

/**
 * Whether some key fits both patterns: a walk of the product of the two patterns (positions i in
 * `a`, j in `b`), each pair visited once, so at most |a|·|b| steps on keys cut to MAX_KEY. A
 * wildcard may be skipped, or eat a character the other side's literal (or wildcard) takes; WORD
 * never eats a `-`.
 */
export function overlaps(a: string, b: string): boolean {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  seen[0] = 1;
  const push = (i: number, j: number) => {
    const k = i * width + j;
    if (seen[k] === 0) {
      seen[k] = 1;
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const k = stack.pop()!;
    const i = Math.floor(k / width);
    const j = k % width;
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    const xWild = x === ANY || x === WORD;
    const yWild = y === ANY || y === WORD;
    if (xWild) push(i + 1, j);
    if (yWild) push(i, j + 1);
    if (x === undefined || y === undefined) continue;
    if (!xWild && !yWild) {
      if (x === y) push(i + 1, j + 1);
    } else if (xWild && !yWild) {
      if (x === ANY || y !== '-') push(i, j + 1);
    } else if (!xWild && yWild) {
      if (y === ANY || x !== '-') push(i + 1, j);
    }
  }
  return false;
}
