/**
 * What the CLI's end-to-end tests share (main.test.ts and main-config.test.ts): the repository root, the
 * corpus, a captured run, and typed views of the JSON and SARIF reports. Named `*.test.*` so the
 * package leaves it out.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '@inert/core';
import { runCaptured } from './captured.js';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** The JSON report, typed as the result it serialises (the schema test checks the shape). */
export const report = (text: string) => JSON.parse(text) as ScanResult;
/** The parts of a SARIF log these tests read. */
export interface SarifLog {
  version: string;
  runs: { results: { ruleId: string; suppressions?: { kind: string }[] }[] }[];
}
export const sarifOf = (text: string) => JSON.parse(text) as SarifLog;
export const corpus = (c: string) => join(repo, 'corpus', c);

export function run(argv: string[]) {
  return runCaptured(argv, repo);
}
