/**
 * Inventory changes between two scans: dependencies, sources, install and publish commands, matched
 * advisories and files. Everything is keyed by what a plugin reported (ecosystem, file, name, url,
 * job), never by an ecosystem's own rules: the core knows no ecosystem.
 */
import type {
  Inventory,
  InventoryAdvisory,
  InventoryCommand,
  InventoryPackage,
  InventorySource,
} from '../inventory.js';
import { originKey } from './summary.js';
import type { ChangedPackage, DiffResult, WeakenedCommand } from './types.js';

/** Items of `head` not in `base` and of `base` not in `head`, as multisets of `key`. */
export function multisetDiff<T>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
): { added: T[]; removed: T[]; kept: [T, T][] } {
  const pool = new Map<string, T[]>();
  for (const b of base) {
    const k = key(b);
    const list = pool.get(k);
    if (list) list.push(b);
    else pool.set(k, [b]);
  }
  const added: T[] = [];
  const kept: [T, T][] = [];
  for (const h of head) {
    const b = pool.get(key(h))?.shift();
    if (b === undefined) added.push(h);
    else kept.push([b, h]);
  }
  return { added, removed: [...pool.values()].flat(), kept };
}

/** Leftovers of both sides paired in order within the same group; what has no partner stays added or removed. */
function pairWithin<T>(removed: readonly T[], added: readonly T[], group: (item: T) => string) {
  const { added: stillAdded, removed: stillRemoved, kept } = multisetDiff(removed, added, group);
  return { pairs: kept, added: stillAdded, removed: stillRemoved };
}

const packageGroup = (p: InventoryPackage) => `${p.ecosystem}\0${p.file}\0${p.name}`;
const packageKey = (p: InventoryPackage) => `${packageGroup(p)}\0${p.version ?? ''}`;

export function diffPackages(
  base: readonly InventoryPackage[],
  head: readonly InventoryPackage[],
): DiffResult['dependencies'] {
  const exact = multisetDiff(base, head, packageKey);
  const moved = pairWithin(exact.removed, exact.added, packageGroup);
  const changed: ChangedPackage[] = moved.pairs.map(([before, after]) => ({ before, after }));
  // The same version can still change: another source, hooks it did not have, a hash it lost.
  for (const [before, after] of exact.kept) {
    if (
      originKey(before) !== originKey(after) ||
      (before.installScripts !== true && after.installScripts === true) ||
      (before.integrity !== null && after.integrity === null)
    )
      changed.push({ before, after });
  }
  const touched = [...moved.added, ...changed.map((c) => c.after)];
  return {
    added: moved.added,
    removed: moved.removed,
    changed,
    installTime: touched.filter((p) => p.installScripts === true),
    installTimeUnknown: touched.filter((p) => p.installScripts === null).length,
    integrityLost: changed.filter((c) => c.before.integrity !== null && c.after.integrity === null),
  };
}

export function diffSources(base: readonly InventorySource[], head: readonly InventorySource[]): DiffResult['sources'] {
  const { added, removed } = multisetDiff(base, head, (s) => `${s.ecosystem}\0${s.url}\0${s.role}`);
  return { added, removed };
}

// How much a command trusts what it fetches: a strict (or local) install pins, an unknown one may not,
// a lax one re-resolves, an ad hoc one installs names no lock pins.
const STRICTNESS: Record<InventoryCommand['classification'], number> = {
  strict: 0,
  local: 0,
  unknown: 1,
  lax: 2,
  adhoc: 3,
};
const AUTH: Record<NonNullable<InventoryCommand['auth']>, number> = {
  oidc: 0,
  'job-token': 1,
  'none-visible': 2,
  token: 3,
};

const commandGroup = (c: InventoryCommand) => `${c.ecosystem}\0${c.file}\0${c.job ?? ''}\0${c.action}`;

export function diffCommands(
  base: readonly InventoryCommand[],
  head: readonly InventoryCommand[],
): DiffResult['commands'] {
  const exact = multisetDiff(
    base,
    head,
    (c) => `${commandGroup(c)}\0${c.command}\0${c.classification}\0${c.auth ?? ''}\0${String(c.provenance)}`,
  );
  const paired = pairWithin(exact.removed, exact.added, commandGroup);
  const weakened: WeakenedCommand[] = [];
  for (const [before, after] of paired.pairs) {
    const change = weakening(before, after);
    if (change) weakened.push({ before, after, change });
  }
  return { added: paired.added, removed: paired.removed, weakened };
}

/** `strict → lax`, `oidc → token`, `provenance dropped`; undefined when the command is no weaker. */
function weakening(before: InventoryCommand, after: InventoryCommand): string | undefined {
  const changes: string[] = [];
  if (STRICTNESS[after.classification] > STRICTNESS[before.classification])
    changes.push(`${before.classification} → ${after.classification}`);
  if (before.auth && after.auth && AUTH[after.auth] > AUTH[before.auth]) changes.push(`${before.auth} → ${after.auth}`);
  if (before.provenance === true && after.provenance !== true) changes.push('provenance dropped');
  return changes.length > 0 ? changes.join(', ') : undefined;
}

export function diffAdvisories(
  base: readonly InventoryAdvisory[] | undefined,
  head: readonly InventoryAdvisory[] | undefined,
): DiffResult['advisories'] {
  const { added, removed } = multisetDiff(
    base ?? [],
    head ?? [],
    (a) => `${a.ecosystem}\0${a.id}\0${a.package}\0${a.version}`,
  );
  return { added, removed };
}

export function diffInventory(
  base: Inventory,
  head: Inventory,
): Pick<DiffResult, 'dependencies' | 'sources' | 'commands' | 'advisories'> {
  return {
    dependencies: diffPackages(base.packages, head.packages),
    sources: diffSources(base.sources, head.sources),
    commands: diffCommands(base.commands, head.commands),
    advisories: diffAdvisories(base.advisories, head.advisories),
  };
}
