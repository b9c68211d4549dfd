/** Text reporter: findings grouped by file, then a summary; every untrusted string escaped. */
import type { Finding } from '../finding.js';
import type { ScanResult } from '../result.js';
import { SEVERITIES, severityRank } from '../severity.js';
import { escapeText } from './escape.js';

export function renderText(result: ScanResult, options: { verbose?: boolean; summary?: boolean } = {}): string {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.location.path) ?? [];
    list.push(f);
    byFile.set(f.location.path, list);
  }
  for (const [path, findings] of byFile) {
    out.push(escapeText(path));
    for (const f of findings) {
      const where = `${f.location.line}:${f.location.column}`;
      out.push(`  ${where.padEnd(9)} ${f.severity.padEnd(8)} ${escapeText(f.message)}  ${f.check}`);
      if (options.verbose) {
        if (f.evidence) out.push(`             evidence: ${escapeText(f.evidence)}`);
        for (const r of f.related ?? []) out.push(`             see ${escapeText(r.path)}:${r.line}:${r.column}`);
        out.push(`             fix: ${escapeText(f.remediation)}`);
      }
    }
    out.push('');
  }
  if (options.summary !== false) {
    out.push(...answersTable(result));
    out.push(summary(result));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
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
  const head = (active.length === 0 ? 'No findings' : `${active.length} finding${active.length === 1 ? '' : 's'} (${counts.join(', ')})`) + (suppressed > 0 ? `, ${suppressed} suppressed` : '');
  const packages = result.inventory.packages.length;
  return `${head} in ${escapeText(result.root)}: ${result.files.length} files claimed (${parsed} parsed), ${packages} locked packages, ecosystems: ${ecosystems.join(', ') || 'none'}.`;
}

const CELL: Record<string, string> = { 'not-observed': 'ok', 'not-applicable': 'n/a', unknown: '?' };

/** One screen: questions down, ecosystems across; `EXPOSED n`, `ok` (not observed), `n/a`, `?` (unknown), `-` (not assessed). */
function answersTable(result: ScanResult): string[] {
  const ecosystems = [...new Set(result.answers.map((a) => a.ecosystem))];
  if (ecosystems.length === 0) return [];
  const width = Math.max(11, ...ecosystems.map((e) => e.length + 2));
  const lines = [`${'question'.padEnd(24)} ${ecosystems.map((e) => e.padEnd(width)).join('')}`.trimEnd()];
  for (const q of [...new Set(result.answers.map((a) => a.question))]) {
    const cells = ecosystems.map((e) => {
      const a = result.answers.find((x) => x.ecosystem === e && x.question === q);
      const text = !a || a.assessed === false ? '-' : a.status === 'exposed' ? `EXPOSED ${a.findings}` : CELL[a.status]!;
      return text.padEnd(width);
    });
    lines.push(`${q.padEnd(24)} ${cells.join('')}`.trimEnd());
  }
  return [...lines, ''];
}
