/**
 * Matching findings across two scans so that a moved line is not a new finding. A finding's subject
 * is its check, file, message template and message with line, column and position numbers blanked
 * (`line 12` → `line #`); its fingerprint (check + file + package or symbolic key, docs/json-output.md)
 * is line-independent too. Head findings are paired with base ones in three passes: same subject, then
 * same fingerprint, then same check, file and package name (another version). A head finding paired at
 * a higher severity, or with another version of the package, is new and says what it replaces.
 */
import type { Finding } from '../finding.js';
import { severityRank } from '../severity.js';
import type { NewFinding } from './types.js';

export interface FindingMatch {
  new: NewFinding[];
  newSuppressed: NewFinding[];
  suppressedByChange: Finding[];
  gone: Finding[];
  unchanged: number;
}

// Numbers that say where, not what: `line 12`, `lines 3–5`, `column 9`, `position 136`. Linear: one
// bounded alternation then digit runs, no nested quantifier.
const WHERE = /\b(lines?|columns?|position|offset) \d+(?:[-–]\d+)?/g;

/** The message with its location numbers blanked, so the same finding on another line reads the same. */
export function stableMessage(message: string): string {
  return message.replace(WHERE, '$1 #');
}

function subject(f: Finding): string {
  return `${f.check}\0${f.location.path}\0${f.messageId}\0${stableMessage(f.message)}`;
}

function packageKey(f: Finding): string | undefined {
  return f.package ? `${f.check}\0${f.location.path}\0${f.package.name}` : undefined;
}

/** Pairs head findings with base findings; what is left over is new (head) or gone (base). */
export function matchFindings(base: readonly Finding[], head: readonly Finding[]): FindingMatch {
  const out: FindingMatch = { new: [], newSuppressed: [], suppressedByChange: [], gone: [], unchanged: 0 };
  const taken = new Set<Finding>();
  const paired = new Map<Finding, Finding>();
  for (const key of [subject, (f: Finding) => f.fingerprint, packageKey]) {
    const pool = new Map<string, Finding[]>();
    for (const b of base) {
      if (taken.has(b)) continue;
      const k = key(b);
      if (k === undefined) continue;
      const list = pool.get(k);
      if (list) list.push(b);
      else pool.set(k, [b]);
    }
    for (const h of head) {
      if (paired.has(h)) continue;
      const k = key(h);
      const b = k === undefined ? undefined : pool.get(k)?.shift();
      if (!b) continue;
      taken.add(b);
      paired.set(h, b);
    }
  }
  for (const h of head) {
    const b = paired.get(h);
    const versionChanged = b !== undefined && b.package?.version !== h.package?.version;
    if (b && !versionChanged && severityRank(h.severity) <= severityRank(b.severity)) {
      out.unchanged++;
      if (h.suppressed && !b.suppressed) out.suppressedByChange.push(h);
      continue;
    }
    const added: NewFinding = b
      ? { ...h, previous: { severity: b.severity, message: b.message, ...(b.package ? { package: b.package } : {}) } }
      : { ...h };
    (h.suppressed ? out.newSuppressed : out.new).push(added);
  }
  out.gone = base.filter((b) => !taken.has(b));
  out.new.sort(bySeverity);
  out.newSuppressed.sort(bySeverity);
  out.gone.sort(bySeverity);
  return out;
}

/** Most severe first, then by file and line: a reviewer's order. */
export function bySeverity(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compare(a.location.path, b.location.path) ||
    a.location.line - b.location.line ||
    compare(a.check, b.check)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
