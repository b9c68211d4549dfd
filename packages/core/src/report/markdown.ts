/** Markdown and HTML reporters: the checkout's threat model, question by question for each ecosystem found. */
import type { ScanResult } from '../result.js';
import { toHtml, toMarkdown } from './doc.js';
import { threatModel, type ThreatModelOptions } from './threat-model.js';

export type MarkdownOptions = ThreatModelOptions;

export function renderMarkdown(result: ScanResult, options: MarkdownOptions): string {
  return toMarkdown(threatModel(result, options));
}

/** One self-contained HTML file (no scripts, no external assets; a CSP forbids both). */
export function renderHtml(result: ScanResult, options: MarkdownOptions): string {
  return toHtml(`Supply-chain threat model: ${result.root}`, threatModel(result, options));
}
