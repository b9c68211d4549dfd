/** JSON reporter: the ScanResult as one JSON object (the documented schemaVersion 1 shape). */
import type { ScanResult } from '../result.js';

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
