/** DiffResult: what a change (base → head) does to a checkout's supply chain, from two ScanResults. */
import type { Finding, PackageRef } from '../finding.js';
import type { InventoryAdvisory, InventoryCommand, InventoryPackage, InventorySource } from '../inventory.js';
import type { ResultRule, ScanGap } from '../result.js';
import type { Severity } from '../severity.js';

/** A finding in head with no counterpart in base, or one whose counterpart was less severe or about another version. */
export interface NewFinding extends Finding {
  /** The base finding it replaces: the same check and file about the same package at another version, or the same finding at a lower severity. */
  previous?: { severity: Severity; message: string; package?: PackageRef };
}

/** A dependency whose version (or source, or install-time hooks) differs between base and head. */
export interface ChangedPackage {
  before: InventoryPackage;
  after: InventoryPackage;
}

/** An install or publish command that stayed (same file, job and action) but got weaker. */
export interface WeakenedCommand {
  before: InventoryCommand;
  after: InventoryCommand;
  /** `strict → lax`, `oidc → token`. */
  change: string;
}

export interface DiffSide {
  root: string;
  /** The scan's gaps: an incomplete side makes the whole diff incomplete. */
  incomplete?: ScanGap[];
}

export interface DiffResult {
  inertDiff: 1;
  tool: { name: string; version: string };
  base: DiffSide;
  head: DiffSide;
  findings: {
    /** Unsuppressed findings the change adds, most severe first: the ones `--fail-on` and SARIF see. */
    new: NewFinding[];
    /** Findings the change adds that head's own config or comments suppress (they never fail the diff; a reviewer should still see them). */
    newSuppressed: NewFinding[];
    /** Findings present in both whose base copy was active and whose head copy is suppressed: the change hides them. */
    suppressedByChange: Finding[];
    /** Base findings with no counterpart in head. */
    gone: Finding[];
    /** How many findings are in both (matched, not listed). */
    unchanged: number;
  };
  dependencies: {
    added: InventoryPackage[];
    removed: InventoryPackage[];
    changed: ChangedPackage[];
    /** Added or changed packages whose lock records install-time hooks (`installScripts: true`). */
    installTime: InventoryPackage[];
    /** Added or changed packages whose lock cannot tell whether they have hooks (`installScripts: null`). */
    installTimeUnknown: number;
    /** Packages whose base entry pinned an integrity hash and whose head entry pins none. */
    integrityLost: ChangedPackage[];
  };
  sources: { added: InventorySource[]; removed: InventorySource[] };
  commands: { added: InventoryCommand[]; removed: InventoryCommand[]; weakened: WeakenedCommand[] };
  advisories: { added: InventoryAdvisory[]; removed: InventoryAdvisory[] };
  files: { added: string[]; removed: string[] };
  /**
   * The checks either scan ran (head's, then those only base ran), as in `ScanResult.rules`: what
   * SARIF describes as `tool.driver.rules`, so no diff reporter needs the plugins. Absent when
   * neither scan carried its rules (results built by hand).
   */
  rules?: ResultRule[];
}
