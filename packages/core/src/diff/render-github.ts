/**
 * GitHub workflow commands for a diff: an annotation for each new, unsuppressed finding (as
 * `--format github` writes them for a scan), then one summary line: an error when either scan is
 * incomplete, a warning when the change adds findings, a notice otherwise.
 */
import { emptyInventory } from '../inventory.js';
import { escapeCommandData, renderGithub, type GithubOptions } from '../report/github.js';
import { escapeText } from '../report/escape.js';
import { diffIncomplete } from './diff.js';
import { findingsLine, incompleteSentence, inventoryLine } from './summary.js';
import type { DiffResult } from './types.js';

export function renderDiffGithub(diff: DiffResult, options: GithubOptions = {}): string {
  const findings = diff.findings.new.map(({ previous: _previous, ...f }) => f);
  const scanned = renderGithub(
    {
      schemaVersion: 1,
      tool: diff.tool,
      root: diff.head.root,
      findings,
      answers: [],
      inventory: emptyInventory(),
      files: [],
    },
    options,
  );
  // Every annotation is one line (its data escapes CR and LF); the last line is the scan summary, replaced here.
  const annotations = scanned.split('\n').filter(Boolean).slice(0, -1);
  const inventory = inventoryLine(diff);
  const summary = `inert diff: ${findingsLine(diff)}${inventory ? `; ${inventory}` : ''}${diffIncomplete(diff) ? `. ${incompleteSentence(diff)}` : ''}`;
  const level = diffIncomplete(diff) ? 'error' : diff.findings.new.length > 0 ? 'warning' : 'notice';
  return [...annotations, `::${level} title=inert diff::${escapeCommandData(escapeText(summary))}`].join('\n') + '\n';
}
