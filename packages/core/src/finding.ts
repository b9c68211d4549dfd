/** Findings: what a check reports, resolved to a concrete location, with a stable fingerprint. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
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
 * file, and the package or the symbolic key the check pointed at. The first 128 bits of the SHA-256
 * of the three, joined by NULs, as UTF-8 (a lone surrogate becomes U+FFFD, as `Hash.update(string)`
 * encodes it), in hex.
 */
export function fingerprint(parts: { check: string; path: string; key: string }): string {
  return bytesToHex(sha256(utf8.encode(`${parts.check}\0${parts.path}\0${parts.key}`)).subarray(0, 16));
}

// SHA-256 in JavaScript (@noble/hashes) rather than node:crypto, whose 17 internal modules cost a
// one-file scan 6–10 ms of CPU to load for its one finding (docs/decisions/0034). The value is the
// same: finding.test.ts compares it with node:crypto's on random strings.
const utf8 = new TextEncoder();
