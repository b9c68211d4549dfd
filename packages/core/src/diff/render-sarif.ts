/**
 * SARIF for a diff: only the findings the change adds (unsuppressed), so code scanning annotates only
 * what the pull request brings. Either scan's gaps make `executionSuccessful` false, each gap a
 * notification that names its side. The rules are the diff's own (`DiffResult.rules`, carried over
 * from the two scans): this reporter needs only the diff.
 */
import { emptyInventory } from '../inventory.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import type { DiffResult } from './types.js';
import { gaps } from './summary.js';

export function renderDiffSarif(diff: DiffResult, options: SarifOptions): string {
  const findings = diff.findings.new.map(({ previous: _previous, ...f }) => f);
  const incomplete = gaps(diff).map(({ side, gap }) => ({
    path: gap.path,
    reason: `${side === 'base' ? 'in the base checkout' : 'in the head checkout'}: ${gap.reason}`,
  }));
  return renderSarif(
    {
      schemaVersion: 1,
      tool: diff.tool,
      root: diff.head.root,
      findings,
      answers: [],
      inventory: emptyInventory(),
      files: [],
      ...(diff.rules ? { rules: diff.rules } : {}),
      ...(incomplete.length > 0 ? { incomplete } : {}),
    },
    options,
  );
}
