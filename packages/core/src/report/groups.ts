/**
 * Findings for a reviewer: most severe first, repeats of one finding (same check, message and
 * severity) folded into a group that names its subjects, and the first things to do. Shared by the
 * text and Markdown reporters so both order and fold the same way.
 */
import type { Finding } from '../finding.js';
import { CONFIDENCES, SEVERITIES, severityRank, type Severity } from '../severity.js';

/** Findings that say the same thing about different packages or files. */
export interface FindingGroup {
  check: string;
  messageId: string;
  severity: Severity;
  /** Sorted by path, then line. */
  findings: Finding[];
  /** What the findings are about, deduplicated: package names, else file paths. */
  subjects: string[];
  /** Whether `subjects` are file paths (no finding names a package). */
  subjectsAreFiles: boolean;
}

/** Active findings grouped, most severe first; within a severity, higher confidence, then larger groups. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}\0${f.check}\0${f.messageId}`;
    const g = groups.get(key) ?? {
      check: f.check,
      messageId: f.messageId,
      severity: f.severity,
      findings: [],
      subjects: [],
      subjectsAreFiles: false,
    };
    g.findings.push(f);
    groups.set(key, g);
  }
  const confidence = (g: FindingGroup): number => Math.max(...g.findings.map((f) => CONFIDENCES.indexOf(f.confidence)));
  const out = [...groups.values()];
  for (const g of out) {
    g.findings.sort(
      (a, b) =>
        compare(a.location.path, b.location.path) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column,
    );
    g.subjectsAreFiles = g.findings.every((f) => !f.package);
    g.subjects = [...new Set(g.findings.map((f) => f.package?.name ?? f.location.path))];
  }
  return out.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      confidence(b) - confidence(a) ||
      b.findings.length - a.findings.length ||
      compare(a.check, b.check) ||
      compare(a.messageId, b.messageId),
  );
}

/** `esbuild, sharp and 12 more` (at most `shown` names). */
export function subjectList(subjects: readonly string[], shown = 3): string {
  if (subjects.length <= shown)
    return subjects.length <= 1 ? (subjects[0] ?? '') : `${subjects.slice(0, -1).join(', ')} and ${subjects.at(-1)!}`;
  return `${subjects.slice(0, shown).join(', ')} and ${subjects.length - shown} more`;
}

/** What a group is about, short: `esbuild, sharp and 12 more`, or `a/package.json and 15 more files`. */
export function groupSubjects(g: FindingGroup): string {
  if (!g.subjectsAreFiles || g.subjects.length <= 1) return subjectList(g.subjects);
  return `${g.subjects[0]!} and ${g.subjects.length - 1} more file${g.subjects.length === 2 ? '' : 's'}`;
}

/** Counts per severity, most severe first, only the non-zero ones: `2 high, 25 medium`. */
export function severityCounts(findings: readonly Finding[]): string {
  return [...SEVERITIES]
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

/** The first sentence of a remediation, for a one-line "do first" item. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](?:\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The groups worth acting on first: the most severe groups above info, at most `n`. */
export function doFirst(groups: readonly FindingGroup[], n = 3): FindingGroup[] {
  return groups.filter((g) => g.severity !== 'info').slice(0, n);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
