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
  };
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
