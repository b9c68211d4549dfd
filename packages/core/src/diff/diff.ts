/** diffScans: ScanResult × ScanResult → DiffResult, a pure function of the two scans. */
import type { ScanResult } from '../result.js';
import { matchFindings } from './findings.js';
import { diffInventory, multisetDiff } from './inventory.js';
import type { DiffResult, DiffSide } from './types.js';

/** What the change from `base` to `head` adds and removes. Neither input is modified. */
export function diffScans(base: ScanResult, head: ScanResult): DiffResult {
  const files = multisetDiff(unique(base.files.map((f) => f.path)), unique(head.files.map((f) => f.path)), (p) => p);
  return {
    inertDiff: 1,
    tool: head.tool,
    base: side(base),
    head: side(head),
    findings: matchFindings(base.findings, head.findings),
    ...diffInventory(base.inventory, head.inventory),
    files: { added: files.added, removed: files.removed },
    ...rulesOf(base, head),
  };
}

/** Head's rules, then the rules only base ran (a check the change removed still describes base's findings). */
function rulesOf(base: ScanResult, head: ScanResult): Pick<DiffResult, 'rules'> {
  if (!base.rules && !head.rules) return {};
  const rules = [...(head.rules ?? [])];
  const ids = new Set(rules.map((r) => r.id));
  for (const rule of base.rules ?? []) if (!ids.has(rule.id)) rules.push(rule);
  return { rules };
}

/** True when either scan is incomplete: the diff may miss what the change adds, and never looks clean. */
export function diffIncomplete(diff: DiffResult): boolean {
  return (diff.base.incomplete?.length ?? 0) > 0 || (diff.head.incomplete?.length ?? 0) > 0;
}

function side(result: ScanResult): DiffSide {
  return result.incomplete?.length ? { root: result.root, incomplete: result.incomplete } : { root: result.root };
}

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)].sort();
}
