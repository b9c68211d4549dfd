/** JSON reporter: the ScanResult as one JSON object (the documented schemaVersion 1 shape). */
import type { ScanResult } from '../result.js';
import { safeJson } from './escape.js';

/** Always well-formed UTF-8; control, bidi and format characters in strings are `\\uXXXX` escapes. */
export function renderJson(result: ScanResult): string {
  return `${safeJson(result, 2)}\n`;
}
