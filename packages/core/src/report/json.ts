/** JSON reporter: the ScanResult as one JSON object (the documented schemaVersion 1 shape). */
import type { ScanResult } from '../result.js';
import { jsonChunks } from './json-stream.js';

export { jsonChunks } from './json-stream.js';

/**
 * Always well-formed UTF-8; control, bidi and format characters in strings are `\\uXXXX` escapes.
 * The same text as `jsonChunks(result)` joined; a writer that can take chunks should (the CLI does).
 */
export function renderJson(result: ScanResult): string {
  return [...jsonChunks(result)].join('');
}
