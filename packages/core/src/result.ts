/** ScanResult: the one object every reporter renders and every embedder reads. */
import type { Finding } from './finding.js';
import type { FileKind } from './files.js';
import type { Inventory } from './inventory.js';
import type { DesignFact, ThreatModelPages } from './plugin.js';
import type { QuestionId } from './questions.js';
import type { Confidence, Severity } from './severity.js';

/** How a question is answered for one ecosystem in this checkout. */
export type AnswerStatus = 'exposed' | 'not-observed' | 'not-applicable' | 'unknown';

export interface Answer {
  question: QuestionId;
  ecosystem: string;
  status: AnswerStatus;
  /** Number of findings behind an `exposed` answer (`info` findings are not counted). */
  findings: number;
  /** Number of `info` findings (evidence that needs no action) behind an answer that is not `exposed`. */
  informational?: number;
  /** Why, when the status needs it (`unknown`: which files could not be read). */
  reason?: string;
  /** `false` when no check of this ecosystem reads this question from a checkout (status `unknown`). */
  assessed?: false;
}

/** A file the scan saw and a plugin claimed (or would have claimed). */
export interface ScannedFile {
  path: string;
  ecosystem: string;
  kind: FileKind;
  /** `parsed`: read and understood; `present`: claimed for its presence, not read; `unparsed`: a problem; `opaque`: a program whose facts are partly unknown; `skipped`: not opened (symlink, special file). */
  status: 'parsed' | 'present' | 'unparsed' | 'opaque' | 'skipped';
  reason?: string;
}

/** Something the scan was pointed at and could not read, so its findings may be missing. */
export interface ScanGap {
  path: string;
  reason: string;
}

/**
 * A check the scan ran, as reporters describe it (SARIF `tool.driver.rules`, docs links): the
 * metadata travels in the result so that no reporter needs the plugins.
 */
export interface ResultRule {
  /** `<ecosystem>/<id>`, as in `Finding.check`. */
  id: string;
  ecosystem: string;
  question: QuestionId;
  title: string;
  description: string;
  remediation: string;
  limitations: string;
  /** The check's default severity; a finding's own can differ (the check's severity rule). */
  severity: Severity;
  confidence: Confidence;
  /** Its page, relative to inert's repository (and its package): `docs/checks/<ecosystem>/<id>.md`. */
  docsPath: string;
}

/** An ecosystem the scan found files of, as the threat-model reports (Markdown, HTML) describe it. */
export interface ResultEcosystem {
  ecosystem: string;
  title: string;
  /** Sourced design facts per question (`Plugin.profile`). */
  profile: Partial<Record<QuestionId, readonly DesignFact[]>>;
  /** Clients of which a project uses one (`Plugin.alternativeClients`). */
  alternativeClients?: readonly string[];
  /** The per-tool threat-model pages (`Plugin.threatModelPages`). */
  threatModelPages?: ThreatModelPages;
}

export interface ScanResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** The scanned root as given (absolute for directories). */
  root: string;
  findings: Finding[];
  answers: Answer[];
  inventory: Inventory;
  files: ScannedFile[];
  /**
   * Present (non-empty) when the scan is incomplete: a directory it could not list, a walk or size
   * limit, a claimed file it could not read, a plugin or check that failed. An incomplete scan never
   * looks clean: every reporter says so and the CLI exits non-zero.
   */
  incomplete?: ScanGap[];
  /**
   * The checks the scan ran (core checks first, then each plugin's in order), for reporters that
   * describe rules. Absent in results built by hand; the SARIF reporter then takes `checks`.
   */
  rules?: ResultRule[];
  /** The ecosystems that answered (one entry per ecosystem in `answers`), for the threat-model reports. */
  ecosystems?: ResultEcosystem[];
}
