/** `inert checks` and `inert explain`: the catalogue as text or JSON, and one check's docs page. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue, type AnyPlugin } from '@inert/core';
import { checkPage, GENERATED_HEADER } from './docs/generate.js';

export function listChecks(plugins: readonly AnyPlugin[], format: 'text' | 'json'): string {
  const all = catalogue(plugins);
  if (format === 'json') {
    return `${JSON.stringify(
      all.map((c) => ({
        id: c.qualifiedId,
        question: c.meta.question,
        severity: c.meta.severity,
        confidence: c.meta.confidence,
        title: c.meta.title,
        docs: c.docsPath,
      })),
      null,
      2,
    )}\n`;
  }
  const width = Math.max(...all.map((c) => c.qualifiedId.length));
  return all
    .map(
      (c) =>
        `${c.qualifiedId.padEnd(width)}  ${c.meta.severity.padEnd(8)}  ${c.meta.question.padEnd(23)}  ${c.meta.title}\n`,
    )
    .join('');
}

/** The repository's corpus (examples for the docs pages), present in a checkout of inert, absent from an installed package. */
const REPO_CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));

/** The check's docs page (the same Markdown as docs/checks/<ecosystem>/<id>.md), or undefined for an unknown id; `null` corpus: examples named, not shown. */
export async function explain(
  plugins: readonly AnyPlugin[],
  id: string,
  corpusDir: string | null = existsSync(REPO_CORPUS) ? REPO_CORPUS : null,
): Promise<string | undefined> {
  const check = catalogue(plugins).find((c) => c.qualifiedId === id);
  if (!check) return undefined;
  const page = await checkPage(check, corpusDir ?? undefined);
  return `${page.slice(page.startsWith(GENERATED_HEADER) ? GENERATED_HEADER.length : 0).trimStart()}\nThis page: ${check.docsPath} in the inert repository.\n`;
}
