/**
 * SARIF 2.1.0 reporter: one run, rules from the check metadata the result carries (`ScanResult.rules`), partialFingerprints from inert's
 * fingerprints, GitHub code-scanning `security-severity`.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { pathToFileURL } from 'node:url';
import { trimTrailing } from '../paths.js';
import { resultRule, type QualifiedCheck } from '../catalogue.js';
import type { Location } from '../finding.js';
import type { ResultRule, ScanResult } from '../result.js';
import type { Severity } from '../severity.js';
import { counted } from '../counted.js';
import { pathPrefix } from './github.js';
import { safeJson } from './escape.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export interface SarifOptions {
  /**
   * The checks to describe as rules, for a result built by hand that does not carry them
   * (`ScanResult.rules`, which every scan and every diff fills). Given, it wins over the result's.
   */
  checks?: readonly QualifiedCheck[];
  /** Prefix for rule help URIs (e.g. a repository's `blob/main/`); omitted when not set. */
  docsBaseUrl?: string;
  /** Most results written (GitHub code scanning accepts 25,000 per run); the most severe are kept. */
  maxResults?: number;
  /**
   * Largest output in bytes (GitHub accepts 10 MB of gzip-compressed SARIF; the uncompressed size is
   * held under it, which is stricter): results are dropped, least severe first, until it fits.
   */
  maxBytes?: number;
  /**
   * The scanned directory relative to the repository root (`services/api`): artifact URIs get it as a
   * prefix and `ROOT` becomes the repository root, so code scanning places results on the right files.
   */
  pathPrefix?: string;
}

export function renderSarif(full: ScanResult, options: SarifOptions): string {
  const maxBytes = options.maxBytes ?? 10_000_000;
  let max = options.maxResults ?? 25_000;
  for (;;) {
    const text = renderWithin(full, options, max, maxBytes);
    const size = Buffer.byteLength(text);
    const shown = Math.min(max, full.findings.length);
    if (size <= maxBytes || shown === 0) return text;
    // Shrink in proportion to the overshoot, with a margin for the fixed part (rules, notification).
    max = Math.max(0, Math.min(shown - 1, Math.floor(((shown * maxBytes) / size) * 0.9)));
  }
}

function renderWithin(full: ScanResult, options: SarifOptions, max: number, maxBytes: number): string {
  const prefix = pathPrefix(options.pathPrefix);
  const physical = (location: Location) => physicalLocation(location, prefix);
  const kept =
    full.findings.length <= max
      ? full.findings
      : [...full.findings]
          .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
          .slice(0, max);
  const result = { ...full, findings: kept };
  const used = new Set(result.findings.map((f) => f.check));
  const described = options.checks?.map(resultRule) ?? full.rules ?? [];
  const rules = described.filter((c) => used.has(c.id) || c.ecosystem !== 'core');
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            rules: rules.map((r) => rule(r, options.docsBaseUrl)),
          },
        },
        originalUriBaseIds: rootBase(repositoryRoot(result.root, prefix)),
        invocations: [
          invocation(
            full,
            kept.length,
            max === (options.maxResults ?? 25_000) ? `${max} results` : `${maxBytes} bytes`,
            prefix,
          ),
        ],
        results: result.findings.map((f) => ({
          ruleId: f.check,
          ...(ruleIndex.has(f.check) ? { ruleIndex: ruleIndex.get(f.check) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: physical(f.location) }],
          ...(f.related?.length
            ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physical(r) })) }
            : {}),
          partialFingerprints: { 'inert/v1': f.fingerprint },
          ...(f.suppressed
            ? {
                suppressions: [
                  {
                    kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
                    status: 'accepted',
                    justification: f.suppressed.reason,
                  },
                ],
              }
            : {}),
          properties: {
            severity: f.severity,
            confidence: f.confidence,
            question: f.question,
            ecosystem: f.ecosystem,
            ...(f.package ? { package: f.package } : {}),
            ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
          },
        })),
      },
    ],
  };
  return `${safeJson(sarif, 2)}\n`;
}

function rule(m: ResultRule, docsBaseUrl: string | undefined) {
  const helpUri = docsBaseUrl ? `${docsBaseUrl.replace(/\/?$/, '/')}${m.docsPath}` : undefined;
  return {
    id: m.id,
    name: m.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text: `${m.description}\n\nRemediation: ${m.remediation}\n\nLimitations: ${m.limitations}${helpUri ? `\n\nDocs: ${helpUri}` : ''}`,
      markdown: `${m.description}\n\n**Remediation:** ${m.remediation}\n\n**Limitations:** ${m.limitations}\n\nDocs: ${helpUri ? `[${m.docsPath}](${helpUri})` : `\`${m.docsPath}\``}`,
    },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      tags: ['security', 'supply-chain', m.question, m.ecosystem],
      precision: m.confidence === 'high' ? 'high' : m.confidence === 'medium' ? 'medium' : 'low',
      'security-severity': SECURITY_SEVERITY[m.severity],
      question: m.question,
      severity: m.severity,
    },
  };
}

function physicalLocation(location: Location, prefix: string) {
  const region: Record<string, number> = { startLine: location.line, startColumn: location.column };
  if (location.endLine !== undefined) region.endLine = location.endLine;
  if (location.endColumn !== undefined && (location.endLine ?? location.line) >= location.line)
    region.endColumn = location.endColumn;
  return {
    artifactLocation: {
      uri: `${prefix}${location.path}`.split('/').map(encodeURIComponent).join('/'),
      uriBaseId: 'ROOT',
    },
    region,
  };
}

/** The scanned root without its trailing `prefix` (the repository root), or the root itself when it does not end so. */
function repositoryRoot(root: string, prefix: string): string {
  const trimmed = trimTrailing(root, '/');
  const p = trimTrailing(prefix, '/');
  return p && trimmed.endsWith(`/${p}`) ? trimmed.slice(0, -p.length - 1) || '/' : root;
}

function rootBase(root: string) {
  if (!root.startsWith('/')) return { ROOT: { description: { text: root } } };
  const uri = pathToFileURL(root).href;
  return { ROOT: { uri: uri.endsWith('/') ? uri : `${uri}/` } };
}

/** executionSuccessful is false for an incomplete scan, with one notification per gap (at most 100). */
function invocation(full: ScanResult, kept: number, limit: string, prefix: string) {
  const notifications: { level: 'error' | 'warning'; message: { text: string }; locations?: unknown[] }[] = [];
  const gaps = full.incomplete ?? [];
  if (gaps.length > 0)
    notifications.push({
      level: 'error',
      message: {
        text: `Scan incomplete: ${counted(gaps.length, 'thing')} could not be read, so findings may be missing`,
      },
    });
  for (const g of gaps.slice(0, 100))
    notifications.push({
      level: 'error',
      message: { text: `${g.path}: ${g.reason}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: `${prefix}${g.path}`.split('/').map(encodeURIComponent).join('/'),
              uriBaseId: 'ROOT',
            },
          },
        },
      ],
    });
  if (kept < full.findings.length)
    notifications.push({
      level: 'warning',
      message: {
        text: `${full.findings.length - kept} of ${full.findings.length} results were left out, least severe first, to stay within GitHub code scanning's limits (${limit}); the JSON report has them all`,
      },
    });
  return {
    executionSuccessful: gaps.length === 0,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}
