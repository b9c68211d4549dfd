/** JSON reporter: the ScanResult as one JSON object (the documented schemaVersion 1 shape). */
import type { ScanResult } from '../result.js';
import { jsonChunks as streamChunks } from './json-stream.js';

/**
 * The result's members that hold only the plugins' own text (every rule's metadata, the answered
 * ecosystems' profiles), whatever the scanned tree holds: bounded, so each is stringified in one
 * piece (137 KB of rules: 10 ms of a one-file scan when streamed field by field; docs/decisions/0033).
 */
const PLUGIN_TEXT: ReadonlySet<string> = new Set(['rules', 'ecosystems'] satisfies (keyof ScanResult)[]);

/** The JSON report in chunks; `[...jsonChunks(r)].join('')` equals `renderJson(r)`. */
export function jsonChunks(result: ScanResult): Generator<string, void, undefined> {
  return streamChunks(result, PLUGIN_TEXT);
}

/**
 * Always well-formed UTF-8; control, bidi and format characters in strings are `\\uXXXX` escapes.
 * The same text as `jsonChunks(result)` joined; a writer that can take chunks should (the CLI does).
 */
export function renderJson(result: ScanResult): string {
  return [...jsonChunks(result)].join('');
}
