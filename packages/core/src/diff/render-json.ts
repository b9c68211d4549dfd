/** JSON for a diff: the DiffResult as one object (`inertDiff: 1`), always well-formed UTF-8. */
import { safeJson } from '../report/escape.js';
import type { DiffResult } from './types.js';

export function renderDiffJson(diff: DiffResult): string {
  return `${safeJson(diff, 2)}\n`;
}
