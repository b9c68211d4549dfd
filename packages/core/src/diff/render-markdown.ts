/**
 * Markdown for a pull-request comment: a title and summary line, a notice when either scan is
 * incomplete, the new findings as a table (most severe first), dependency changes, the other inventory
 * changes, and removed findings collapsed. Untrusted text is escaped (escapeMarkdown): a package name
 * or message cannot add links, HTML or table cells to the comment.
 */
import { escapeMarkdown } from '../report/escape.js';
import { diffIncomplete } from './diff.js';
import {
  commandText,
  findingsLine,
  gaps,
  hooks,
  incompleteSentence,
  inventoryLine,
  origin,
  sourceText,
  where,
} from './summary.js';
import type { DiffResult, NewFinding } from './types.js';

export interface DiffMarkdownOptions {
  /** Prefix for links to check pages (`docs/checks/<check>.md`); no links when absent. */
  docsBase?: string;
  /** Most rows in each table (default 100); the rest are counted, the JSON report has them all. */
  maxRows?: number;
}

/** Untrusted text for the comment: Markdown escaped, with no mention (escapeMarkdown, shared with the threat model). */
const m = escapeMarkdown;

export function renderDiffMarkdown(diff: DiffResult, options: DiffMarkdownOptions = {}): string {
  const max = options.maxRows ?? 100;
  const out: string[] = ['## inert: supply-chain changes', ''];
  if (diffIncomplete(diff)) {
    out.push(
      `**${m(incompleteSentence(diff))}.** The change must not be read as clean:`,
      '',
      ...capped(
        gaps(diff).map(({ side, gap }) => `- ${side}: ${m(gap.path)}: ${m(gap.reason)}`),
        max,
      ),
      '',
    );
  }
  const inventory = inventoryLine(diff);
  out.push(`**${m(findingsLine(diff))}**${inventory ? `; ${m(inventory)}` : ''}.`, '');
  const check = (id: string) =>
    options.docsBase !== undefined ? `[\`${id}\`](${options.docsBase}docs/checks/${id}.md)` : `\`${id}\``;
  if (diff.findings.new.length > 0) {
    out.push('### New findings', '', '| Severity | Check | Where | Finding |', '| --- | --- | --- | --- |');
    out.push(
      ...capped(
        diff.findings.new.map(
          (f) =>
            `| ${f.severity} | ${check(f.check)} | ${m(`${f.location.path}:${f.location.line}`)} | ${m(f.message)}${was(f)} |`,
        ),
        max,
      ),
      '',
    );
  }
  const d = diff.dependencies;
  if (d.added.length + d.removed.length + d.changed.length > 0) {
    out.push(
      '### Dependency changes',
      '',
      '| | Package | Version | Install-time code | Integrity | Source | Where |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    const rows = [
      ...d.added.map(
        (p) =>
          `| added | ${m(`${p.ecosystem} ${p.name}`)} | ${m(p.version ?? '')} | ${m(hooks(p))} | ${m(p.integrity ?? 'none')} | ${m(origin(p))} | ${m(where(p))} |`,
      ),
      ...d.changed.map(
        (c) =>
          `| changed | ${m(`${c.after.ecosystem} ${c.after.name}`)} | ${m(c.before.version === c.after.version ? (c.after.version ?? '') : `${c.before.version ?? '?'} → ${c.after.version ?? '?'}`)} | ${m(hooks(c.after))} | ${m(c.before.integrity === c.after.integrity ? (c.after.integrity ?? 'none') : `${c.before.integrity ?? 'none'} → ${c.after.integrity ?? 'none'}`)} | ${m(origin(c.before) === origin(c.after) ? origin(c.after) : `${origin(c.before)} → ${origin(c.after)}`)} | ${m(where(c.after))} |`,
      ),
      ...d.removed.map(
        (p) =>
          `| removed | ${m(`${p.ecosystem} ${p.name}`)} | ${m(p.version ?? '')} | ${m(hooks(p))} | ${m(p.integrity ?? 'none')} | ${m(origin(p))} | ${m(where(p))} |`,
      ),
    ];
    out.push(...capped(rows, max), '');
    if (d.installTimeUnknown > 0)
      out.push(
        `${d.installTimeUnknown} added or changed ${d.installTimeUnknown === 1 ? 'entry comes' : 'entries come'} from a lockfile that does not record install-time hooks (install-time code: unknown).`,
        '',
      );
  }
  list(
    out,
    'Sources',
    [
      ...diff.sources.added.map((s) => `- added: ${m(sourceText(s))} (${m(where(s))})`),
      ...diff.sources.removed.map((s) => `- removed: ${m(sourceText(s))} (${m(where(s))})`),
    ],
    max,
  );
  list(
    out,
    'Install and publish commands',
    [
      ...diff.commands.weakened.map(
        (w) => `- **weakened (${m(w.change)})**: ${m(w.before.command)} → ${m(w.after.command)} (${m(where(w.after))})`,
      ),
      ...diff.commands.added.map((c) => `- added: ${m(commandText(c))} (${m(where(c))})`),
      ...diff.commands.removed.map((c) => `- removed: ${m(commandText(c))} (${m(where(c))})`),
    ],
    max,
  );
  list(
    out,
    'Files',
    [...diff.files.added.map((f) => `- added: ${m(f)}`), ...diff.files.removed.map((f) => `- removed: ${m(f)}`)],
    max,
  );
  list(
    out,
    'Advisories newly matched',
    diff.advisories.added.map(
      (a) =>
        `- ${m(a.id)}: ${m(`${a.ecosystem} ${a.package}@${a.version}`)}${a.malicious ? ' **(malicious)**' : ''}${a.summary ? `: ${m(a.summary)}` : ''}`,
    ),
    max,
  );
  const hidden = [...diff.findings.newSuppressed, ...diff.findings.suppressedByChange];
  if (hidden.length > 0) {
    out.push(
      `<details><summary>Suppressed in head (${hidden.length}): not counted, check the reasons</summary>`,
      '',
      '| Severity | Check | Where | Reason |',
      '| --- | --- | --- | --- |',
    );
    out.push(
      ...capped(
        hidden.map(
          (f) =>
            `| ${f.severity} | ${check(f.check)} | ${m(`${f.location.path}:${f.location.line}`)} | ${m(f.suppressed?.reason ?? '')} |`,
        ),
        max,
      ),
      '',
      '</details>',
      '',
    );
  }
  if (diff.findings.gone.length > 0) {
    out.push(
      `<details><summary>Removed findings (${diff.findings.gone.length})</summary>`,
      '',
      '| Severity | Check | Where | Finding |',
      '| --- | --- | --- | --- |',
    );
    out.push(
      ...capped(
        diff.findings.gone.map(
          (f) =>
            `| ${f.severity} | ${check(f.check)} | ${m(`${f.location.path}:${f.location.line}`)} | ${m(f.message)} |`,
        ),
        max,
      ),
      '',
      '</details>',
      '',
    );
  }
  out.push(`<sub>${m(`${diff.tool.name} ${diff.tool.version}`)}: read both trees without executing anything.</sub>`);
  return `${out.join('\n')}\n`;
}

function was(f: NewFinding): string {
  if (!f.previous) return '';
  const version =
    f.previous.package?.version !== f.package?.version && f.previous.package
      ? ` at ${f.previous.package.version ?? '?'}`
      : '';
  return ` (was ${f.previous.severity}${m(version)})`;
}

function list(out: string[], title: string, lines: string[], max: number): void {
  if (lines.length > 0) out.push(`### ${title}`, '', ...capped(lines, max), '');
}

function capped(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const more = `${lines.length - max} more (the JSON report lists them all)`;
  return [...lines.slice(0, max), lines[0]!.startsWith('|') ? `| … | ${more} | | |` : `- … and ${more}`];
}
