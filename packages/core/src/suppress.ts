/**
 * Suppressions: inline `inert-ignore <check>: <reason>` comments, config entries with a required
 * reason, and baselines of known fingerprints. Suppressed findings stay in the result (JSON, SARIF,
 * counts) with how and why they were suppressed; they never count towards the exit code.
 */
import type { Finding, Suppression } from './finding.js';
import { matchesGlob } from './glob.js';
import { splitLines } from './parse/lines.js';

/** A config entry: which findings to suppress, and why (required). */
export interface SuppressEntry {
  check: string;
  path?: string;
  package?: string;
  fingerprint?: string;
  reason: string;
}

/**
 * What the organisation expects, per ecosystem: its own registries and mirrors (findings that are
 * only a concern for an unknown host become accepted), and install scripts it has reviewed.
 */
export interface Allow {
  /** Per ecosystem: hostnames (`registry.acme.example`, `*.acme.example`) or URLs whose hostname is taken. */
  hosts?: Readonly<Record<string, readonly string[]>>;
  /** Per ecosystem: packages whose install-time code was reviewed, each with a reason. */
  installScripts?: Readonly<Record<string, readonly { package: string; version?: string; reason: string }[]>>;
}

/** A baseline file: the fingerprints of findings accepted at some point. */
export interface Baseline {
  inertBaseline: 1;
  findings: { fingerprint: string; check: string; path: string; package?: string }[];
}

// `# inert-ignore eco/auth-token-committed: rotated, kept for the docs example`
// `// inert-ignore eco/local-repo, eco/repo-insecure: local mirror`
const OPENERS = ['<!--', '/*', '//', '--', '#', ';'];
const ID = /^[a-z]+\/[a-z0-9-]+/;
const isSpace = (c: string | undefined) => c !== undefined && c.trim() === '' && c !== '';

/**
 * The inert-ignore comment of one line: the first `inert-ignore` that follows a comment opener, then
 * check ids separated by commas, then an optional `: reason` to the end of the line (a closing `*\/`
 * or `-->` is not part of it). Read left to right in one pass: linear in the line, whatever it holds
 * (the regex this replaces backtracked polynomially on long runs of spaces, #20).
 */
export function parseMarker(text: string): { index: number; ids: string[]; reason: string | undefined } | undefined {
  let at = text.indexOf('inert-ignore');
  // Only the first occurrence preceded by an opener is considered: one marker per line.
  while (at >= 0) {
    let k = at;
    while (k > 0 && isSpace(text[k - 1])) k--;
    const opener = OPENERS.find((o) => text.startsWith(o, k - o.length));
    if (opener) return markerAt(text, k - opener.length, at + 'inert-ignore'.length);
    at = text.indexOf('inert-ignore', at + 1);
  }
  return undefined;
}

function markerAt(
  text: string,
  index: number,
  from: number,
): { index: number; ids: string[]; reason: string | undefined } | undefined {
  let i = from;
  if (!isSpace(text[i])) return undefined;
  while (isSpace(text[i])) i++;
  const ids: string[] = [];
  for (;;) {
    const id = ID.exec(text.slice(i, i + 200))?.[0];
    if (!id) return undefined;
    ids.push(id);
    i += id.length;
    let j = i;
    while (isSpace(text[j])) j++;
    if (text[j] !== ',') break;
    j++;
    while (isSpace(text[j])) j++;
    i = j;
  }
  while (isSpace(text[i])) i++;
  const rest = text.slice(i);
  if (rest.startsWith(':')) {
    let reason = rest.slice(1).trimEnd();
    for (const close of ['*/', '-->']) if (reason.endsWith(close)) reason = reason.slice(0, -close.length).trimEnd();
    return { index, ids, reason: reason.trimStart() };
  }
  const tail = rest.trim();
  return tail === '' || tail === '*/' || tail === '-->' ? { index, ids, reason: undefined } : undefined;
}

export interface SuppressOptions {
  /** Text of files by path, for inline comments; files not given have no inline suppressions. */
  texts?: ReadonlyMap<string, string>;
  entries?: readonly SuppressEntry[];
  baseline?: Baseline;
  allow?: Allow;
  /**
   * A config found in the scanned tree: its `off` checks and `ignorePaths` do not drop findings, they
   * mark them suppressed with the file as the reason (the tree cannot hide its own findings).
   */
  treeConfig?: { file: string; checks: Readonly<Record<string, string>>; ignorePaths: readonly string[] };
}

/** Marks suppressed findings in place and returns them. */
export function applySuppressions(findings: Finding[], options: SuppressOptions): Finding[] {
  const lines = new Map<string, string[]>();
  const baseline = new Set(options.baseline?.findings.map((f) => f.fingerprint) ?? []);
  for (const f of findings) {
    const inline = inlineFor(f, options.texts, lines);
    if (inline) {
      f.suppressed = inline;
      continue;
    }
    const entry = options.entries?.find((e) => entryMatches(e, f));
    const allowed = options.allow && allowedBy(options.allow, f);
    if (entry) f.suppressed = { kind: 'config', reason: entry.reason };
    else if (allowed) f.suppressed = { kind: 'config', reason: allowed };
    else if (baseline.has(f.fingerprint)) f.suppressed = { kind: 'baseline', reason: 'in the baseline' };
    else if (options.treeConfig) {
      const reason = treeConfigReason(options.treeConfig, f);
      if (reason) f.suppressed = { kind: 'config', reason };
    }
  }
  return findings;
}

/** Why a config in the scanned tree turns a finding off, or undefined. */
function treeConfigReason(tree: NonNullable<SuppressOptions['treeConfig']>, f: Finding): string | undefined {
  if (tree.checks[f.check] === 'off')
    return `turned off by ${tree.file} in the scanned tree (checks["${f.check}"]: "off")`;
  const glob = tree.ignorePaths.find((g) => isIgnoredPath(f.location.path, g));
  if (glob !== undefined) return `ignored by ${tree.file} in the scanned tree (ignorePaths: "${glob}")`;
  return undefined;
}

/** `ignorePaths` semantics: a glob match, or the path under the given directory. */
export function isIgnoredPath(path: string, glob: string): boolean {
  if (path.startsWith(`${glob.replace(/\/$/, '')}/`)) return true;
  try {
    return matchesGlob(path, glob);
  } catch {
    // A glob the matcher refuses suppresses nothing: the finding stays visible.
    return false;
  }
}

/** A baseline of every finding not already suppressed by other means. */
export function toBaseline(findings: readonly Finding[]): Baseline {
  return {
    inertBaseline: 1,
    findings: findings
      .filter((f) => !f.suppressed || f.suppressed.kind === 'baseline')
      .map((f) => ({
        fingerprint: f.fingerprint,
        check: f.check,
        path: f.location.path,
        ...(f.package ? { package: f.package.name } : {}),
      })),
  };
}

function inlineFor(
  f: Finding,
  texts: ReadonlyMap<string, string> | undefined,
  cache: Map<string, string[]>,
): Suppression | undefined {
  const text = texts?.get(f.location.path);
  if (text === undefined || f.location.path.endsWith('.json')) return undefined;
  let fileLines = cache.get(f.location.path);
  if (!fileLines) cache.set(f.location.path, (fileLines = splitLines(text)));
  // The comment may sit at the end of the finding's line or alone on the line above.
  for (const n of [f.location.line, f.location.line - 1]) {
    const text = fileLines[n - 1] ?? '';
    const marker = parseMarker(text);
    if (!marker) continue;
    // The line above only counts when the comment is alone on it (a trailing comment covers its own line).
    if (n === f.location.line - 1 && marker.index !== text.length - text.trimStart().length) continue;
    // A comment without a reason suppresses nothing (reported by core/inline-suppression).
    if (marker.ids.includes(f.check) && marker.reason) return { kind: 'inline', reason: marker.reason, line: n };
  }
  return undefined;
}

/** Every inert-ignore comment of a file: its line, the ids it names and its reason ('' when none). */
export function inlineMarkers(
  path: string,
  text: string,
): { line: number; column: number; ids: string[]; reason: string }[] {
  if (path.endsWith('.json')) return [];
  const out: { line: number; column: number; ids: string[]; reason: string }[] = [];
  splitLines(text).forEach((lineText, i) => {
    if (!lineText.includes('inert-ignore')) return;
    const marker = parseMarker(lineText);
    if (marker)
      out.push({ line: i + 1, column: marker.index + 1, ids: marker.ids, reason: (marker.reason ?? '').trim() });
  });
  return out;
}

function entryMatches(e: SuppressEntry, f: Finding): boolean {
  if (e.fingerprint !== undefined) return e.fingerprint === f.fingerprint;
  if (e.check !== f.check && !(e.check.endsWith('/*') && f.check.startsWith(e.check.slice(0, -1)))) return false;
  if (
    e.path !== undefined &&
    e.path !== f.location.path &&
    !f.location.path.startsWith(`${e.path.replace(/\/$/, '')}/`)
  )
    return false;
  if (e.package !== undefined && e.package !== f.package?.name) return false;
  return true;
}

/** Why the config's `allow` accepts a finding, or undefined. */
function allowedBy(allow: Allow, f: Finding): string | undefined {
  if (f.host !== undefined && (allow.hosts?.[f.ecosystem] ?? []).some((pattern) => hostMatches(f.host!, pattern))) {
    return `${f.host} is an allowed ${f.ecosystem} host (config allow.hosts)`;
  }
  if (f.question === 'install-time-execution' && f.package) {
    const entry = (allow.installScripts?.[f.ecosystem] ?? []).find(
      (a) => a.package === f.package!.name && (a.version === undefined || a.version === f.package!.version),
    );
    if (entry) return `install scripts reviewed (config allow.installScripts): ${entry.reason}`;
  }
  return undefined;
}

/** `registry.acme.example`, `*.acme.example` (any subdomain) or a URL, against a finding's hostname. */
export function hostMatches(host: string, pattern: string): boolean {
  const wanted = hostnameOf(pattern);
  const actual = hostnameOf(host);
  if (!wanted || !actual) return false;
  return wanted.startsWith('*.') ? actual.endsWith(wanted.slice(1)) : actual === wanted;
}

function hostnameOf(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (!text.includes('/')) return text.replace(/:\d+$/, '').replace(/\.$/, '') || undefined;
  try {
    return new URL(text).hostname.replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}
