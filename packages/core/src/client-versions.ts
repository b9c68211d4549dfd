/** Which version-dependent design facts apply to a checkout, from the client versions it selects or implies. */
import type { InventoryClient } from './inventory.js';
import type { FactApplies } from './plugin.js';

/**
 * How a fact relates to the checkout's clients (those of the fact's ecosystem): `other-client` when
 * the checkout selects or implies clients of the ecosystem but not this one (a fact about one client
 * in a checkout that uses another), `unknown` when it says nothing about any client.
 */
export type FactFit =
  | { status: 'applies' | 'does-not-apply' | 'may-apply'; client: InventoryClient; basis: readonly InventoryClient[] }
  | { status: 'other-client'; clients: readonly string[] }
  | { status: 'unknown' };

/** Compares dotted numeric versions (`1.78` < `1.78.1` < `1.80`); pre-release and build suffixes are ignored. */
export function compareDotted(a: string, b: string): number {
  const pa = numbers(a);
  const pb = numbers(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function numbers(version: string): number[] {
  const core = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return core ? core[1]!.split('.').map(Number) : [];
}

/** True when `version` is a dotted number that `compareDotted` can order. */
export function isDottedVersion(version: string): boolean {
  return numbers(version).length > 0;
}

interface Interval {
  since?: string;
  until?: string;
}

function intervalOf(client: InventoryClient): Interval | undefined {
  if (client.version !== undefined)
    return isDottedVersion(client.version) ? { since: client.version, until: `${client.version}.0.1` } : undefined;
  if (client.since === undefined && client.until === undefined) return undefined;
  return {
    ...(client.since !== undefined ? { since: client.since } : {}),
    ...(client.until !== undefined ? { until: client.until } : {}),
  };
}

/** `inner` lies wholly inside `outer`. Open ends are infinite. */
function within(inner: Interval, outer: Interval): boolean {
  const lowOk =
    outer.since === undefined || (inner.since !== undefined && compareDotted(inner.since, outer.since) >= 0);
  const highOk =
    outer.until === undefined || (inner.until !== undefined && compareDotted(inner.until, outer.until) <= 0);
  return lowOk && highOk;
}

function disjoint(a: Interval, b: Interval): boolean {
  if (a.until !== undefined && b.since !== undefined && compareDotted(a.until, b.since) <= 0) return true;
  if (b.until !== undefined && a.since !== undefined && compareDotted(b.until, a.since) <= 0) return true;
  return false;
}

/**
 * Fits a fact to the checkout's clients (pass those of the fact's ecosystem, and the ecosystem's
 * `alternativeClients`). `applies` without `since`/`until` means every version of that client. With
 * several clients of the fact's name, exact versions decide when there are any; the fit is `applies`
 * or `does-not-apply` only when every one of them agrees, `may-apply` otherwise.
 */
export function fitFact(
  applies: FactApplies,
  clients: readonly InventoryClient[],
  alternatives: readonly string[] = [],
): FactFit {
  const candidates = clients.filter((c) => c.client === applies.client && intervalOf(c) !== undefined);
  if (candidates.length === 0) {
    // Only an alternative client (Plugin.alternativeClients) rules a fact out; a client that runs beneath another does not.
    const others = alternatives.includes(applies.client)
      ? [...new Set(clients.map((c) => c.client))].filter(
          (name) => name !== applies.client && alternatives.includes(name),
        )
      : [];
    if (others.length > 0 && !clients.some((c) => c.client === applies.client))
      return { status: 'other-client', clients: others };
    return { status: 'unknown' };
  }
  // An exact or selected version is what runs (packageManager, a wrapper, a toolchain file); ranges only bound it.
  // Without one, every range counts: a monorepo's projects may each imply their own.
  const exact = candidates.filter((c) => c.version !== undefined || c.selects === true);
  const basis = exact.length > 0 ? exact : candidates;
  const want: Interval = {
    ...(applies.since !== undefined ? { since: applies.since } : {}),
    ...(applies.until !== undefined ? { until: applies.until } : {}),
  };
  const statuses = new Set(basis.map((c) => fitOne(intervalOf(c)!, want)));
  const status = statuses.size === 1 ? [...statuses][0]! : 'may-apply';
  return { status, client: basis[0]!, basis };
}

function fitOne(have: Interval, want: Interval): 'applies' | 'does-not-apply' | 'may-apply' {
  if (within(have, want)) return 'applies';
  if (disjoint(have, want)) return 'does-not-apply';
  return 'may-apply';
}

/** Distinct client descriptions, at most `max`: `tool 1.97 to < 1.98, tool >= 1.85 and 1 more`. */
export function describeClients(clients: readonly InventoryClient[], max = 3): string {
  const distinct = [...new Set(clients.map(describeClient))];
  const shown = distinct.slice(0, max);
  const rest = distinct.length - shown.length;
  return rest > 0
    ? `${shown.join(', ')} and ${rest} more`
    : shown.length > 1
      ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
      : (shown[0] ?? '');
}

/** `tool 9.1.0`, `tool >= 7`, `tool < 7`, `tool 23.1–24` for a client, as a reader sees it. */
export function describeClient(client: InventoryClient): string {
  if (client.version !== undefined) return `${client.client} ${client.version}`;
  if (client.since !== undefined && client.until !== undefined)
    return `${client.client} ${client.since} to < ${client.until}`;
  if (client.since !== undefined) return `${client.client} >= ${client.since}`;
  return `${client.client} < ${client.until ?? '?'}`;
}

/** One entry per ecosystem and distinct version or range, in first-seen order: a monorepo's 140 manifests saying `edition = 2024` are one. */
export function groupClients(
  clients: readonly InventoryClient[],
): { first: InventoryClient; described: string; count: number }[] {
  const groups = new Map<string, { first: InventoryClient; described: string; count: number }>();
  for (const c of clients) {
    const described = describeClient(c);
    const key = `${c.ecosystem}\u0000${described}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: c, described, count: 1 });
  }
  return [...groups.values()];
}
