/**
 * Text reporter for a reviewer: counts and the three things to do first, then findings most severe
 * first with repeats folded into one group (info and the full lists only with --verbose), then a table
 * of answers that fits 100 columns and a summary line. Every untrusted string is escaped before any colour is added around it.
 */
import { groupClients } from '../client-versions.js';
import { counted } from '../counted.js';
import type { Finding } from '../finding.js';
import type { Answer, ScanResult } from '../result.js';
import { SEVERITIES, severityRank, type Severity } from '../severity.js';
import { escapeText } from './escape.js';
import { doFirst, firstSentence, groupFindings, groupSubjects, severityCounts, type FindingGroup } from './groups.js';

export interface TextOptions {
  /** Evidence, related locations and remediation under each finding; files not parsed and why. */
  verbose?: boolean;
  /** The answers table and the summary line (default true). */
  summary?: boolean;
  /** ANSI colours (the CLI sets this only for a terminal, and never with NO_COLOR). */
  color?: boolean;
}

type Paint = (style: keyof typeof STYLES, text: string) => string;

const STYLES = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', magenta: '35', green: '32' } as const;
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLES> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim',
};

export function renderText(result: ScanResult, options: TextOptions = {}): string {
  const paint: Paint = options.color
    ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m`
    : (_style, text) => text;
  const verbose = options.verbose === true;
  const active = result.findings.filter((f) => !f.suppressed);
  const groups = groupFindings(active);
  // Info needs no action: counted at the top, listed with --verbose.
  const shown = verbose ? groups : groups.filter((g) => g.severity !== 'info');
  const out: string[] = [];
  if (options.summary !== false) out.push(...overview(result, groups, paint, verbose));
  for (const g of shown) out.push(...groupLines(g, paint, verbose));
  if (shown.length > 0) out.push('');
  if (verbose) out.push(...notParsed(result), ...clientLines(result));
  if (options.summary !== false) {
    out.push(...answersTable(result, paint, verbose));
    out.push(summary(result));
  }
  // Always, even with --quiet: an incomplete scan never looks clean.
  out.push(...incompleteLines(result, paint));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The first lines: counts per severity and the three things to do first. */
function overview(result: ScanResult, groups: readonly FindingGroup[], paint: Paint, verbose: boolean): string[] {
  const active = result.findings.filter((f) => !f.suppressed);
  if (active.length === 0) return [];
  const info = active.filter((f) => f.severity === 'info').length;
  const hidden = !verbose && info > 0 ? ` (${info} info not listed: --verbose lists them)` : '';
  const lines = [paint('bold', `${counted(active.length, 'finding')}: ${severityCounts(active)}${hidden}`)];
  const first = doFirst(groups);
  if (first.length > 0) {
    lines.push('Do first:');
    first.forEach((g, i) => {
      const f = g.findings[0]!;
      const about =
        g.findings.length === 1
          ? `${f.location.path}:${f.location.line}`
          : `${g.findings.length} findings: ${groupSubjects(g)}`;
      lines.push(
        `  ${i + 1}. ${paint(SEVERITY_STYLE[g.severity], g.severity)} ${g.check} (${escapeText(about)})`,
        `     ${escapeText(firstSentence(f.remediation))}`,
      );
    });
  }
  return [...lines, ''];
}

/** A group: its header, then one example (default) or every finding with evidence and fix (verbose). */
function groupLines(g: FindingGroup, paint: Paint, verbose: boolean): string[] {
  const n = g.findings.length;
  const header = `${paint(SEVERITY_STYLE[g.severity], g.severity.padEnd(8))} ${paint('bold', g.check)}${n > 1 ? `, ${n} findings: ${escapeText(groupSubjects(g))}` : ''}`;
  const listed = verbose ? g.findings : g.findings.slice(0, 1);
  const lines = [header, ...listed.flatMap((f) => findingLines(f, verbose))];
  if (!verbose && n > 1) lines.push(paint('dim', `  and ${n - 1} more like it (--verbose lists them)`));
  return lines;
}

function findingLines(f: Finding, verbose: boolean): string[] {
  const where = `${f.location.path}:${f.location.line}:${f.location.column}`;
  const lines = [`  ${escapeText(where)}  ${escapeText(f.message)}`];
  if (!verbose) return lines;
  const pad = ' '.repeat(6);
  if (f.evidence) lines.push(`${pad}evidence: ${escapeText(f.evidence)}`);
  for (const r of f.related ?? []) lines.push(`${pad}see ${escapeText(r.path)}:${r.line}:${r.column}`);
  lines.push(`${pad}fix: ${escapeText(f.remediation)}`);
  return lines;
}

function notParsed(result: ScanResult): string[] {
  const files = result.files.filter((f) => f.status === 'unparsed' || f.status === 'skipped' || f.status === 'opaque');
  if (files.length === 0) return [];
  return [
    'Files not fully read',
    ...files.map((f) => `  ${escapeText(f.path)}  ${f.status}: ${escapeText(f.reason ?? '')}`),
    '',
  ];
}

/** Which client versions the checkout selects or implies: the facts in `--format markdown` are fitted to them. */
function clientLines(result: ScanResult): string[] {
  const clients = result.inventory.clients ?? [];
  if (clients.length === 0) return [];
  const lines = groupClients(clients).map(
    ({ first: c, described, count }) =>
      `  ${described.padEnd(22)} ${escapeText(c.file)}${c.line ? `:${c.line}` : ''}  ${escapeText(c.evidence)}${count > 1 ? ` (and ${count - 1} more)` : ''}`,
  );
  return ['Client versions selected or implied', ...lines, ''];
}

function summary(result: ScanResult): string {
  const active = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.length - active.length;
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => severityRank(b[0]) - severityRank(a[0]))
    .map(([s, n]) => `${n} ${s}`);
  const parsed = result.files.filter((f) => f.status === 'parsed').length;
  const ecosystems = [...new Set(result.files.map((f) => f.ecosystem))].sort();
  const head =
    (active.length === 0 ? 'No findings' : `${counted(active.length, 'finding')} (${counts.join(', ')})`) +
    (suppressed > 0 ? `, ${suppressed} suppressed` : '') +
    (result.incomplete ? ' (scan INCOMPLETE, see below)' : '');
  const packages = result.inventory.packages.length;
  return `${head} in ${escapeText(result.root)}: ${counted(result.files.length, 'file')} claimed (${parsed} parsed), ${counted(packages, 'locked package')}, ecosystems: ${ecosystems.join(', ') || 'none'}.`;
}

/** The scan's gaps (at most 20 listed), or nothing for a complete scan. */
function incompleteLines(result: ScanResult, paint: Paint): string[] {
  const gaps = result.incomplete ?? [];
  if (gaps.length === 0) return [];
  const shown = gaps.slice(0, 20).map((g) => `  ${escapeText(g.path)}: ${escapeText(g.reason)}`);
  const more = gaps.length > 20 ? [`  … and ${gaps.length - 20} more (the JSON report lists them all)`] : [];
  return [
    paint('red', `Scan incomplete: ${counted(gaps.length, 'thing')} could not be read, so findings may be missing:`),
    ...shown,
    ...more,
  ];
}

const CELL: Record<string, string> = { 'not-observed': 'ok', 'not-applicable': 'n/a', unknown: '?' };
const TABLE_WIDTH = 100;
const QUESTION_WIDTH = 25;

/**
 * One screen, at most 100 columns: questions down, ecosystems across; `EXPOSED n`, `ok` (not observed),
 * `n/a`, `?` (unknown), `-` (not assessed). Each column is as wide as its widest cell plus two spaces, so a
 * count never runs into the next cell; when that is wider than 100 columns, `EXPOSED n` becomes `! n`.
 * Rows no ecosystem assessed are listed only with --verbose.
 */
function answersTable(result: ScanResult, paint: Paint, verbose: boolean): string[] {
  const ecosystems = [...new Set(result.answers.map((a) => a.ecosystem))];
  if (ecosystems.length === 0) return [];
  const questions = [...new Set(result.answers.map((a) => a.question))];
  const answer = (e: string, q: string) => result.answers.find((x) => x.ecosystem === e && x.question === q);
  const cellText = (a: Answer | undefined, compact: boolean): string =>
    !a || a.assessed === false
      ? '-'
      : a.status === 'exposed'
        ? `${compact ? '!' : 'EXPOSED'} ${a.findings}`
        : CELL[a.status]!;
  const rows = questions.filter((q) => verbose || ecosystems.some((e) => cellText(answer(e, q), false) !== '-'));
  const widths = (compact: boolean) =>
    ecosystems.map((e) => Math.max(e.length, ...rows.map((q) => cellText(answer(e, q), compact).length)) + 2);
  let compact = false;
  let w = widths(false);
  if (QUESTION_WIDTH + w.reduce((a, b) => a + b, 0) > TABLE_WIDTH) [compact, w] = [true, widths(true)];
  const lines = [
    paint(
      'bold',
      `${'question'.padEnd(QUESTION_WIDTH)}${ecosystems.map((e, i) => e.padEnd(w[i]!)).join('')}`.trimEnd(),
    ),
  ];
  for (const q of rows) {
    const cells = ecosystems.map((e, i) => {
      const a = answer(e, q);
      const text = cellText(a, compact);
      // Padding goes outside the colour so columns stay aligned; the last cell is not padded.
      const padded = i === ecosystems.length - 1 ? text : text.padEnd(w[i]!);
      const style =
        a?.status === 'exposed' && a.assessed !== false
          ? 'red'
          : text === '?'
            ? 'yellow'
            : text === 'ok'
              ? 'green'
              : undefined;
      return style ? paint(style, text) + padded.slice(text.length) : padded;
    });
    lines.push(`${q.padEnd(QUESTION_WIDTH)}${cells.join('')}`.trimEnd());
  }
  if (compact) lines.push(paint('dim', '! n: exposed, n findings'));
  return [...lines, ''];
}
