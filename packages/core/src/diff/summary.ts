/** Words shared by the diff reporters: the one-line summary, package and command descriptions, gaps. */
import type { InventoryCommand, InventoryPackage, InventorySource } from '../inventory.js';
import type { ScanGap } from '../result.js';
import { severityCounts } from '../report/groups.js';
import type { DiffResult } from './types.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `2 new findings (1 critical, 1 high), 1 gone, 12 unchanged`. */
export function findingsLine(diff: DiffResult): string {
  const f = diff.findings;
  const counts = f.new.length > 0 ? ` (${severityCounts(f.new)})` : '';
  const parts = [
    `${plural(f.new.length, 'new finding')}${counts}`,
    `${f.gone.length} gone`,
    `${f.unchanged} unchanged`,
  ];
  if (f.newSuppressed.length > 0) parts.push(`${f.newSuppressed.length} new but suppressed in head`);
  if (f.suppressedByChange.length > 0) parts.push(`${f.suppressedByChange.length} suppressed by the change`);
  return parts.join(', ');
}

/** `dependencies: 2 added (1 with install-time code), 1 changed; 1 lost its integrity hash; sources: 1 added; …`, or empty. */
export function inventoryLine(diff: DiffResult): string {
  const d = diff.dependencies;
  const parts: string[] = [];
  const deps = [
    d.added.length && `${d.added.length} added`,
    d.removed.length && `${d.removed.length} removed`,
    d.changed.length && `${d.changed.length} changed`,
  ].filter(Boolean);
  if (deps.length > 0)
    parts.push(
      `dependencies ${deps.join(', ')}${d.installTime.length ? ` (${d.installTime.length} with install-time code)` : ''}`,
    );
  if (d.integrityLost.length > 0)
    parts.push(
      `${plural(d.integrityLost.length, 'entry', 'entries')} lost ${d.integrityLost.length === 1 ? 'its' : 'their'} integrity hash`,
    );
  if (diff.sources.added.length > 0) parts.push(`${plural(diff.sources.added.length, 'source')} added`);
  if (diff.commands.weakened.length > 0) parts.push(`${plural(diff.commands.weakened.length, 'command')} weakened`);
  const publish = diff.commands.added.filter((c) => c.action === 'publish').length;
  if (publish > 0) parts.push(`${plural(publish, 'publish command')} added`);
  if (diff.advisories.added.length > 0)
    parts.push(`${plural(diff.advisories.added.length, 'advisory', 'advisories')} newly matched`);
  return parts.join('; ');
}

/** `esbuild@0.25.0`, `left-pad` (no version). */
export function packageName(p: InventoryPackage): string {
  return p.version ? `${p.name}@${p.version}` : p.name;
}

/** `package-lock.json:19`. */
export function where(item: { file: string; line?: number }): string {
  return item.line ? `${item.file}:${item.line}` : item.file;
}

/** `yes`, `no`, `unknown` for a package's install-time hooks. */
export function hooks(p: InventoryPackage): string {
  return p.installScripts === true
    ? `yes${p.scriptsVerdict ? ` (${p.scriptsVerdict})` : ''}`
    : p.installScripts === false
      ? 'no'
      : 'unknown';
}

/** `registry https://registry.example/…`, `git https://…`: where a package comes from. */
export function origin(p: InventoryPackage): string {
  return p.source.url ? `${p.source.kind} ${p.source.url}` : p.source.kind;
}

/**
 * Where a package comes from, for comparing two versions: a registry's host (each version has its own
 * tarball URL), or the whole URL of a git, url or path source (another commit is another source).
 */
export function originKey(p: InventoryPackage): string {
  if (p.source.kind !== 'registry' || !p.source.url) return origin(p);
  try {
    return `registry ${new URL(p.source.url).host}`;
  } catch {
    return origin(p);
  }
}

/** What changed about a dependency: `1.3.0 → 1.4.0`, `integrity sha512 → none`, `hooks no → yes`, `source registry → git …`. */
export function changeText(before: InventoryPackage, after: InventoryPackage): string {
  const parts: string[] = [];
  if (before.version !== after.version) parts.push(`${before.version ?? '?'} → ${after.version ?? '?'}`);
  if (originKey(before) !== originKey(after)) parts.push(`source ${origin(before)} → ${origin(after)}`);
  if (before.installScripts !== after.installScripts)
    parts.push(`install-time code ${hooks(before)} → ${hooks(after)}`);
  if (before.integrity !== after.integrity)
    parts.push(`integrity ${before.integrity ?? 'none'} → ${after.integrity ?? 'none'}`);
  return parts.join(', ') || 'entry changed';
}

export function sourceText(s: InventorySource): string {
  return `${s.ecosystem} ${s.url} (${s.role})`;
}

/** `install strict (job test)`. */
export function commandText(c: InventoryCommand): string {
  const extras = [
    c.classification,
    c.auth,
    c.provenance === true ? 'provenance' : undefined,
    c.job ? `job ${c.job}` : undefined,
  ].filter(Boolean);
  return `${c.action}: ${c.command} (${extras.join(', ')})`;
}

/** Both sides' gaps, each said with its side. */
export function gaps(diff: DiffResult): { side: 'base' | 'head'; gap: ScanGap }[] {
  return [
    ...(diff.base.incomplete ?? []).map((gap) => ({ side: 'base' as const, gap })),
    ...(diff.head.incomplete ?? []).map((gap) => ({ side: 'head' as const, gap })),
  ];
}

/** The sentence every format prints for an incomplete diff. */
export function incompleteSentence(diff: DiffResult): string {
  const sides = [diff.base.incomplete?.length ? 'base' : '', diff.head.incomplete?.length ? 'head' : '']
    .filter(Boolean)
    .join(' and ');
  const n = gaps(diff).length;
  return `Diff incomplete: the ${sides} scan${sides.includes('and') ? 's' : ''} could not read ${plural(n, 'thing')}, so what the change adds may be missing`;
}
