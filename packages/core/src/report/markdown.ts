/** Markdown and HTML reporters: the checkout's threat model, question by question for each ecosystem found. */
import type { ScanResult } from '../result.js';
import { counted } from '../counted.js';
import { toHtml, toMarkdown, type Block } from './doc.js';
import { threatModel, type ThreatModelOptions } from './threat-model.js';

export type MarkdownOptions = ThreatModelOptions;

export function renderMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  return toMarkdown(withGaps(result, threatModel(result, options)));
}

/** One self-contained HTML file (no scripts, no external assets; a CSP forbids both). */
export function renderHtml(result: ScanResult, options: MarkdownOptions = {}): string {
  return toHtml(`Supply-chain threat model: ${result.root}`, withGaps(result, threatModel(result, options)));
}

/** An incomplete scan says so right under the title, before anything that could look clean. */
function withGaps(result: ScanResult, blocks: Block[]): Block[] {
  const gaps = result.incomplete ?? [];
  if (gaps.length === 0) return blocks;
  const notice: Block[] = [
    {
      paragraph: [
        {
          strong: `Scan incomplete: ${counted(gaps.length, 'thing')} could not be read, so findings may be missing.`,
        },
      ],
    },
    { list: gaps.slice(0, 50).map((g) => [{ code: g.path }, `: ${g.reason}`]) },
  ];
  return [blocks[0]!, ...notice, ...blocks.slice(1)];
}
