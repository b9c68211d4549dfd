/**
 * The findings side of a scan: the core checks' hits (skipped links, unparsed and opaque files, inline
 * suppressions), then every pending hit resolved to a finding with its config, suppression and order.
 */
import { formatMessage, type CheckMeta, type Hit } from './check.js';
import { inlineSuppression, opaqueManifest, symlinkNotFollowed, unparsedFile } from './core-checks.js';
import { ruleFor } from './discover.js';
import { fingerprint, type Finding } from './finding.js';
import type { ParseProblem } from './parse/problem.js';
import type { AnyPlugin } from './plugin.js';
import { fileStart, type Pointer } from './pointer.js';
import { pointerKey, resolvePointers } from './resolve.js';
import type { ScannedFile } from './result.js';
import { severityRank } from './severity.js';
import type { FileSource } from './source/file-source.js';
import { inlineMarkers } from './suppress.js';
import type { ScanConfig } from './scan-config.js';

export interface Pending {
  meta: CheckMeta;
  qualified: string;
  ecosystem: string;
  hit: Hit;
}

/** inert-ignore comments without a reason, and comments that suppressed no finding (core/inline-suppression). */
export function suppressionHits(texts: ReadonlyMap<string, string>, findings: readonly Finding[]): Pending[] {
  const out: Pending[] = [];
  for (const [path, text] of texts) {
    for (const m of inlineMarkers(path, text)) {
      const checks = m.ids.join(', ');
      const at = { file: path, line: m.line, column: m.column };
      if (m.reason === '') {
        out.push({
          meta: inlineSuppression,
          qualified: 'core/inline-suppression',
          ecosystem: 'core',
          hit: { messageId: 'no-reason', data: { checks }, at, key: `${path}:${m.line}` },
        });
        continue;
      }
      const used = findings.some(
        (f) => f.location.path === path && f.suppressed?.kind === 'inline' && f.suppressed.line === m.line,
      );
      if (!used)
        out.push({
          meta: inlineSuppression,
          qualified: 'core/inline-suppression',
          ecosystem: 'core',
          hit: { messageId: 'unused', data: { checks }, at, key: `${path}:${m.line}` },
        });
    }
  }
  return out;
}

/** Turns walk skips and parse problems into core findings (and skipped file entries). */
export function coreHits(
  plugins: readonly AnyPlugin[],
  skipped: Awaited<ReturnType<FileSource['walk']>>['skipped'],
  problems: readonly ParseProblem[][],
  pending: Pending[],
  files: ScannedFile[],
): void {
  const core = (meta: CheckMeta, ecosystem: string, hit: Hit) =>
    pending.push({ meta, qualified: `core/${meta.id}`, ecosystem, hit });
  for (const skip of skipped) {
    const plugin = plugins.find((p) => ruleFor(p, skip.path));
    const rule = plugin && ruleFor(plugin, skip.path);
    if (skip.kind === 'symlink') {
      if (!rule && skip.target !== 'directory') continue;
      core(symlinkNotFollowed, plugin?.ecosystem ?? 'core', {
        messageId: skip.target === 'directory' ? 'directory' : 'file',
        data: { path: skip.path },
        at: fileStart(skip.path),
        key: skip.path,
      });
    } else if (skip.kind === 'special') {
      if (!rule) continue;
      core(unparsedFile, plugin.ecosystem, {
        messageId: 'not-regular',
        data: {
          path: skip.path,
          reason: skip.detail.replace(/^not a regular file \((.*)\)$/, 'a $1, not a regular file'),
        },
        at: fileStart(skip.path),
        key: skip.path,
      });
    } else {
      core(unparsedFile, 'core', {
        messageId: 'directory',
        data: { path: skip.path, reason: skip.detail },
        at: fileStart(skip.path),
        key: skip.path,
      });
    }
    if (rule)
      files.push({
        path: skip.path,
        ecosystem: plugin.ecosystem,
        kind: rule.kind,
        status: 'skipped',
        reason: skip.detail,
      });
  }
  plugins.forEach((plugin, i) => {
    for (const p of problems[i]!) {
      const at: Pointer = { file: p.file, line: p.line ?? 1, column: p.column ?? 1 };
      if (p.kind === 'opaque') {
        core(opaqueManifest, plugin.ecosystem, {
          messageId: 'opaque',
          data: { path: p.file, reason: p.reason, facts: (p.facts ?? ['its dependencies']).join(', ') },
          at,
          key: `${p.file}:${(p.facts ?? []).join(',')}`,
        });
      } else {
        const messageId = p.kind === 'limit' ? 'limit' : p.kind === 'unreadable' ? 'unreadable' : 'invalid';
        core(unparsedFile, plugin.ecosystem, { messageId, data: { path: p.file, reason: p.reason }, at, key: p.file });
      }
    }
  });
}

export function toFindings(pending: readonly Pending[], config: ScanConfig, seen: Map<string, number>): Finding[] {
  const trusted = config.configInTree === undefined;
  const locations = resolvePointers(pending.map((p) => p.hit.at));
  const related = pending.map((p) => (p.hit.related?.length ? resolvePointers(p.hit.related) : undefined));
  const findings: Finding[] = [];
  pending.forEach(({ meta, qualified, ecosystem, hit }, i) => {
    const given = config.checks?.[qualified];
    if (given === 'off' && trusted) return;
    const base0 = hit.severity ?? meta.severity;
    // A config in the scanned tree may raise a severity, never lower it (nor turn it off: see applySuppressions).
    const override =
      given === 'off' || given === undefined
        ? undefined
        : trusted || severityRank(given) > severityRank(base0)
          ? given
          : undefined;
    const location = locations[i]!;
    const pkg = hit.package;
    const baseKey = hit.key ?? (pkg ? `${pkg.name}@${pkg.version ?? ''}` : `${hit.messageId}:${pointerKey(hit.at)}`);
    const base = `${qualified}\0${location.path}\0${baseKey}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const template = meta.messages[hit.messageId] ?? hit.messageId;
    const finding: Finding = {
      check: qualified,
      messageId: hit.messageId,
      question: meta.question,
      ecosystem: hit.ecosystem ?? ecosystem,
      severity: override ?? base0,
      confidence: hit.confidence ?? meta.confidence,
      message: formatMessage(template, hit.data),
      location,
      remediation: meta.remediation,
      fingerprint: fingerprint({ check: qualified, path: location.path, key: n > 1 ? `${baseKey}#${n}` : baseKey }),
    };
    if (related[i]) finding.related = related[i];
    // Long names, versions and purls are clipped with the rest of the finding before it is yielded
    // (clipStrings in scan.ts); the fingerprint above keeps the full name.
    if (pkg) finding.package = { ...pkg };
    if (hit.host !== undefined) finding.host = hit.host;
    if (hit.evidence !== undefined)
      finding.evidence = hit.evidence.length > 200 ? `${hit.evidence.slice(0, 200)}…` : hit.evidence;
    findings.push(finding);
  });
  return findings.sort(byLocation);
}

// Code-unit order, not localeCompare: the same order on every machine whatever its locale (baselines,
// SARIF and snapshots compare outputs), and no ICU collator to build (~8 ms on a cold first call).
export function byLocation(a: Finding, b: Finding): number {
  return (
    compareStrings(a.location.path, b.location.path) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareStrings(a.check, b.check)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
