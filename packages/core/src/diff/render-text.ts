/**
 * Text reporter for a diff, in a reviewer's order: the summary, new findings most severe first, then
 * the inventory changes (install-time code, lost hashes, sources, weakened commands, advisories), then
 * removed findings (listed with --verbose). An incomplete diff says so last, even with --quiet.
 */
import type { Finding } from '../finding.js';
import { escapeText } from '../report/escape.js';
import type { Severity } from '../severity.js';
import { counted } from '../counted.js';
import { diffIncomplete } from './diff.js';
import {
  changeText,
  commandText,
  findingsLine,
  gaps,
  hooks,
  incompleteSentence,
  inventoryLine,
  origin,
  packageName,
  sourceText,
  where,
} from './summary.js';
import type { DiffResult, NewFinding } from './types.js';

export interface DiffTextOptions {
  /** Evidence and fixes under new findings; removed findings listed. */
  verbose?: boolean;
  /** Only the findings and the incomplete notice: no summary lines. */
  quiet?: boolean;
  color?: boolean;
}

const STYLES = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', magenta: '35', green: '32' } as const;
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLES> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim',
};
type Paint = (style: keyof typeof STYLES, text: string) => string;

export function renderDiffText(diff: DiffResult, options: DiffTextOptions = {}): string {
  const paint: Paint = options.color
    ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m`
    : (_style, text) => text;
  const e = (text: string) => escapeText(text);
  const out: string[] = [];
  if (!options.quiet) {
    out.push(paint('bold', `inert diff ${e(diff.base.root)} → ${e(diff.head.root)}`), findingsLine(diff));
    const inventory = inventoryLine(diff);
    if (inventory) out.push(`${inventory.charAt(0).toUpperCase()}${inventory.slice(1)}`);
    out.push('');
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(paint('bold', title), ...lines, '');
  };
  section(
    'New findings',
    diff.findings.new.flatMap((f) => findingLines(f, paint, options.verbose === true)),
  );
  const d = diff.dependencies;
  section(
    'New install-time code',
    d.installTime.map((p) => `  + ${e(p.ecosystem)} ${e(packageName(p))}  ${e(where(p))}  hooks: ${e(hooks(p))}`),
  );
  section(
    'Integrity hash lost',
    d.integrityLost.map(
      (c) =>
        `  ! ${e(c.after.ecosystem)} ${e(packageName(c.after))}  ${e(where(c.after))}  was ${e(c.before.integrity ?? '')}, now none`,
    ),
  );
  section('Dependencies', [
    ...d.added.map((p) => `  + ${e(p.ecosystem)} ${e(packageName(p))}  ${e(origin(p))}  ${e(where(p))}`),
    ...d.changed.map(
      (c) => `  ~ ${e(c.after.ecosystem)} ${e(c.after.name)} ${e(changeText(c.before, c.after))}  ${e(where(c.after))}`,
    ),
    ...d.removed.map((p) => `  - ${e(p.ecosystem)} ${e(packageName(p))}  ${e(where(p))}`),
  ]);
  section('Sources', [
    ...diff.sources.added.map((s) => `  + ${e(sourceText(s))}  ${e(where(s))}`),
    ...diff.sources.removed.map((s) => `  - ${e(sourceText(s))}  ${e(where(s))}`),
  ]);
  section('Commands', [
    ...diff.commands.weakened.map(
      (w) => `  ! ${e(where(w.after))}  ${e(w.change)}: ${e(w.before.command)} → ${e(w.after.command)}`,
    ),
    ...diff.commands.added.map((c) => `  + ${e(where(c))}  ${e(commandText(c))}`),
    ...diff.commands.removed.map((c) => `  - ${e(where(c))}  ${e(commandText(c))}`),
  ]);
  section('Files', [...diff.files.added.map((f) => `  + ${e(f)}`), ...diff.files.removed.map((f) => `  - ${e(f)}`)]);
  section(
    'Advisories newly matched',
    diff.advisories.added.map(
      (a) =>
        `  + ${e(a.id)} ${e(a.ecosystem)} ${e(a.package)}@${e(a.version)}${a.malicious ? ' (malicious)' : ''}${a.summary ? `: ${e(a.summary)}` : ''}`,
    ),
  );
  const hidden = [...diff.findings.newSuppressed, ...diff.findings.suppressedByChange];
  section(
    'Suppressed in head (not counted; check the reasons)',
    hidden.map(
      (f) =>
        `  ${f.severity.padEnd(8)} ${f.check}  ${e(`${f.location.path}:${f.location.line}`)}  ${e(f.suppressed?.reason ?? '')}`,
    ),
  );
  if (options.verbose)
    section(
      'Removed findings',
      diff.findings.gone.map(
        (f) => `  ${f.severity.padEnd(8)} ${f.check}  ${e(`${f.location.path}:${f.location.line}`)}  ${e(f.message)}`,
      ),
    );
  else if (diff.findings.gone.length > 0 && !options.quiet)
    out.push(paint('dim', `${counted(diff.findings.gone.length, 'removed finding')} (--verbose lists them)`), '');
  if (diffIncomplete(diff)) {
    out.push(
      paint('red', `${incompleteSentence(diff)}:`),
      ...gaps(diff)
        .slice(0, 20)
        .map(({ side, gap }) => `  ${side}: ${e(gap.path)}: ${e(gap.reason)}`),
    );
    if (gaps(diff).length > 20) out.push(`  … and ${gaps(diff).length - 20} more (the JSON report lists them all)`);
  }
  while (out.at(-1) === '') out.pop();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function findingLines(f: NewFinding, paint: Paint, verbose: boolean): string[] {
  const e = (text: string) => escapeText(text);
  const lines = [
    `${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))} ${paint('bold', f.check)}  ${e(`${f.location.path}:${f.location.line}:${f.location.column}`)}`,
    `  ${e(f.message)}`,
  ];
  if (f.previous) {
    const version = previousPackage(f);
    lines.push(paint('dim', `  was ${f.previous.severity}${version || `: ${e(f.previous.message)}`}`));
  }
  if (verbose) {
    if (f.evidence) lines.push(`  evidence: ${e(f.evidence)}`);
    lines.push(`  fix: ${e(f.remediation)}`);
  }
  return lines;
}

function previousPackage(f: NewFinding): string {
  const before = f.previous?.package;
  return before && before.version !== f.package?.version ? ` at ${escapeText(packageRef(before))}` : '';
}

function packageRef(p: NonNullable<Finding['package']>): string {
  return p.version ? `${p.name}@${p.version}` : p.name;
}
