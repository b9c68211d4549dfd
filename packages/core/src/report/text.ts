/**
 * Text reporter: findings grouped by question, then by file; then a one-screen table of answers and a
 * summary line. Every untrusted string is escaped before any colour is added around it.
 */
import { groupClients } from '../client-versions.js';
import type { Finding } from '../finding.js';
import { QUESTIONS } from '../questions.js';
import type { ScanResult } from '../result.js';
import { SEVERITIES, severityRank, type Severity } from '../severity.js';
import { escapeText } from './escape.js';

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
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLES> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' };

export function renderText(result: ScanResult, options: TextOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m` : (_style, text) => text;
  const out: string[] = [];
  for (const [question, byFile] of group(result.findings.filter((f) => !f.suppressed))) {
    const title = QUESTIONS.find((q) => q.id === question)?.title ?? question;
    out.push(`${paint('bold', title)} ${paint('dim', `(${question})`)}`);
    for (const [path, findings] of byFile) {
      out.push(`  ${escapeText(path)}`);
      for (const f of findings) out.push(...findingLines(f, paint, options.verbose === true));
    }
    out.push('');
  }
  if (options.verbose) out.push(...notParsed(result), ...clientLines(result));
  if (options.summary !== false) {
    out.push(...answersTable(result, paint));
    out.push(summary(result));
  }
  // Always, even with --quiet: an incomplete scan never looks clean.
  out.push(...incompleteLines(result, paint));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Question (catalogue order) → file → findings (already sorted by location). */
function group(findings: readonly Finding[]): Map<string, Map<string, Finding[]>> {
  const order = new Map(QUESTIONS.map((q, i) => [q.id as string, i]));
  const sorted = [...findings].sort((a, b) => (order.get(a.question) ?? 99) - (order.get(b.question) ?? 99));
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const f of sorted) {
    const byFile = groups.get(f.question) ?? new Map<string, Finding[]>();
    groups.set(f.question, byFile);
    byFile.set(f.location.path, [...(byFile.get(f.location.path) ?? []), f]);
  }
  return groups;
}

function findingLines(f: Finding, paint: Paint, verbose: boolean): string[] {
  const where = `${f.location.line}:${f.location.column}`;
  const lines = [`    ${where.padEnd(9)} ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))} ${escapeText(f.message)}  ${paint('dim', f.check)}`];
  if (!verbose) return lines;
  const pad = ' '.repeat(14);
  if (f.evidence) lines.push(`${pad}evidence: ${escapeText(f.evidence)}`);
  for (const r of f.related ?? []) lines.push(`${pad}see ${escapeText(r.path)}:${r.line}:${r.column}`);
  lines.push(`${pad}fix: ${escapeText(f.remediation)}`);
  return lines;
}

function notParsed(result: ScanResult): string[] {
  const files = result.files.filter((f) => f.status === 'unparsed' || f.status === 'skipped' || f.status === 'opaque');
  if (files.length === 0) return [];
  return ['Files not fully read', ...files.map((f) => `  ${escapeText(f.path)}  ${f.status}: ${escapeText(f.reason ?? '')}`), ''];
}

/** Which client versions the checkout selects or implies: the facts in `--format markdown` are fitted to them. */
function clientLines(result: ScanResult): string[] {
  const clients = result.inventory.clients ?? [];
  if (clients.length === 0) return [];
  const lines = groupClients(clients).map(({ first: c, described, count }) =>
    `  ${described.padEnd(22)} ${escapeText(c.file)}${c.line ? `:${c.line}` : ''}  ${escapeText(c.evidence)}${count > 1 ? ` (and ${count - 1} more)` : ''}`);
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
  const head = (active.length === 0 ? 'No findings' : `${active.length} finding${active.length === 1 ? '' : 's'} (${counts.join(', ')})`) + (suppressed > 0 ? `, ${suppressed} suppressed` : '') + (result.incomplete ? ' (scan INCOMPLETE, see below)' : '');
  const packages = result.inventory.packages.length;
  return `${head} in ${escapeText(result.root)}: ${result.files.length} files claimed (${parsed} parsed), ${packages} locked packages, ecosystems: ${ecosystems.join(', ') || 'none'}.`;
}

/** The scan's gaps (at most 20 listed), or nothing for a complete scan. */
function incompleteLines(result: ScanResult, paint: Paint): string[] {
  const gaps = result.incomplete ?? [];
  if (gaps.length === 0) return [];
  const shown = gaps.slice(0, 20).map((g) => `  ${escapeText(g.path)}: ${escapeText(g.reason)}`);
  const more = gaps.length > 20 ? [`  … and ${gaps.length - 20} more (the JSON report lists them all)`] : [];
  return [paint('red', `Scan incomplete: ${gaps.length} ${gaps.length === 1 ? 'thing' : 'things'} could not be read, so findings may be missing:`), ...shown, ...more];
}

const CELL: Record<string, string> = { 'not-observed': 'ok', 'not-applicable': 'n/a', unknown: '?' };

/** One screen: questions down, ecosystems across; `EXPOSED n`, `ok` (not observed), `n/a`, `?` (unknown), `-` (not assessed). */
function answersTable(result: ScanResult, paint: Paint): string[] {
  const ecosystems = [...new Set(result.answers.map((a) => a.ecosystem))];
  if (ecosystems.length === 0) return [];
  const width = Math.max(11, ...ecosystems.map((e) => e.length + 2));
  const lines = [paint('bold', `${'question'.padEnd(24)} ${ecosystems.map((e) => e.padEnd(width)).join('')}`.trimEnd())];
  for (const q of [...new Set(result.answers.map((a) => a.question))]) {
    const cells = ecosystems.map((e, i) => {
      const a = result.answers.find((x) => x.ecosystem === e && x.question === q);
      const text = !a || a.assessed === false ? '-' : a.status === 'exposed' ? `EXPOSED ${a.findings}` : CELL[a.status]!;
      // Padding goes outside the colour so columns stay aligned; the last cell is not padded.
      const padded = i === ecosystems.length - 1 ? text : text.padEnd(width);
      const style = a?.status === 'exposed' && a.assessed !== false ? 'red' : text === '?' ? 'yellow' : text === 'ok' ? 'green' : undefined;
      return style ? paint(style, text) + padded.slice(text.length) : padded;
    });
    lines.push(`${q.padEnd(24)} ${cells.join('')}`.trimEnd());
  }
  return [...lines, ''];
}
