/**
 * `--shard i/n`: which checkouts of a list this run scans. A checkout's shard depends only on its own
 * name (FNV-1a of the entry as listed), not on its position, so adding or removing other checkouts
 * never moves it to another shard, and every checkout falls in exactly one of the n shards.
 */

export interface Shard {
  /** 1-based, as CI matrices and Kubernetes indexed jobs count (`JOB_COMPLETION_INDEX` + 1). */
  index: number;
  count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** Parses `i/n` (1 ≤ i ≤ n ≤ 100000); returns an error message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = SHARD.exec(text.trim());
  if (!match) return `--shard must look like i/n, e.g. 2/8 (got "${text}")`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > 100_000) return `--shard: n must be between 1 and 100000 (got ${count})`;
  if (index < 1 || index > count) return `--shard: i must be between 1 and ${count} (got ${index})`;
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-16 code units: stable across machines, Node versions and locales. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard (1-based) a checkout belongs to among `count`. */
export function shardOf(checkout: string, count: number): number {
  return (fnv1a(checkout) % count) + 1;
}

export function inShard(checkout: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(checkout, shard.count) === shard.index;
}
