/** ScanResult: the one object every reporter renders and every embedder reads. */
import type { Finding } from './finding.js';
import type { FileKind } from './files.js';
import type { Inventory } from './inventory.js';
import type { QuestionId } from './questions.js';

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
}
