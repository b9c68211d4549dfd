/** `inert checks` and `inert explain`: the catalogue as text or JSON. */
import { catalogue, type AnyPlugin } from '@inert/core';

export function listChecks(plugins: readonly AnyPlugin[], format: 'text' | 'json'): string {
  const all = catalogue(plugins);
  if (format === 'json') {
    return `${JSON.stringify(all.map((c) => ({ id: c.qualifiedId, question: c.meta.question, severity: c.meta.severity, confidence: c.meta.confidence, title: c.meta.title, docs: c.docsPath })), null, 2)}\n`;
  }
  const width = Math.max(...all.map((c) => c.qualifiedId.length));
  return all.map((c) => `${c.qualifiedId.padEnd(width)}  ${c.meta.severity.padEnd(8)}  ${c.meta.question.padEnd(23)}  ${c.meta.title}\n`).join('');
}

export function explain(plugins: readonly AnyPlugin[], id: string): string | undefined {
  const check = catalogue(plugins).find((c) => c.qualifiedId === id);
  if (!check) return undefined;
  const m = check.meta;
  return [
    `${check.qualifiedId}: ${m.title}`,
    '',
    `Question:   ${m.question}`,
    `Severity:   ${m.severity} (default)`,
    `Confidence: ${m.confidence}`,
    `Reads:      ${m.reads.join(', ')}`,
    '',
    m.description,
    '',
    `Remediation: ${m.remediation}`,
    '',
    `Limitations: ${m.limitations}`,
    '',
    `Docs: ${check.docsPath}`,
    '',
  ].join('\n');
}
