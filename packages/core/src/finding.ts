/** Findings: what a check reports, resolved to a concrete location, with a stable fingerprint. */
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { QuestionId } from './questions.js';
import type { Confidence, Severity } from './severity.js';

/** A resolved location: path relative to the scan root, 1-based line and column. */
export interface Location {
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** The package a finding is about. */
export interface PackageRef {
  name: string;
  version?: string;
  /** Package URL (purl), when the plugin can build one. */
  purl?: string;
}

/** How a finding was suppressed (it lives here, beside the finding that carries it, so that suppress.ts depends on findings and not the other way round). */
export interface Suppression {
  kind: 'inline' | 'config' | 'baseline';
  reason: string;
  /** For inline suppressions: where the comment is. */
  line?: number;
}

/** One hazard found in the checkout. */
export interface Finding {
  /** Qualified check id, `<ecosystem>/<check>` (`core/unparsed-file`). */
  check: string;
  /** The message template the check used; tests and `expected.json` compare on it. */
  messageId: string;
  question: QuestionId;
  /** The plugin's ecosystem (`core` checks report the ecosystem of the file they are about). */
  ecosystem: string;
  severity: Severity;
  confidence: Confidence;
  message: string;
  location: Location;
  related?: Location[];
  package?: PackageRef;
  /** A short quote from the file, truncated and safe to print after escaping. */
  evidence?: string;
  /** The registry or mirror host the finding is about (see `Hit.host`). */
  host?: string;
  remediation: string;
  /** Stable across runs and line moves: check id + path + package or key. */
  fingerprint: string;
  /** Present when an inline comment, a config entry or a baseline suppressed it; it stays reported. */
  suppressed?: Suppression;
}

/**
 * Builds the fingerprint from what identifies a finding independent of its line: the check, the
 * file, and the package or the symbolic key the check pointed at.
 */
export function fingerprint(parts: { check: string; path: string; key: string }): string {
  return sha256().createHash('sha256').update(`${parts.check}\0${parts.path}\0${parts.key}`).digest('hex').slice(0, 32);
}

// node:crypto costs about 10 ms of a process's start-up (docs/decisions/0023); a scan without
// findings never hashes, so it is required on the first fingerprint. A built-in: it cannot fail to load.
let crypto: typeof Crypto | undefined;
function sha256(): typeof Crypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto);
}
