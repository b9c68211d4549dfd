/** The report formats a scan does not ask for on every commit (SARIF, GitHub annotations, Markdown, HTML, CycloneDX), imported by `main` when one is asked for (docs/decisions/0023). */
import { renderCycloneDx, renderGithub, renderHtml, renderMarkdown, renderSarif, type ScanResult } from '@inert/core';

export function render(
  result: ScanResult,
  format: string,
  options: { docsBase: string; pathPrefix: string },
): string | Iterable<string> {
  switch (format) {
    case 'sarif':
      return renderSarif(result, { docsBaseUrl: options.docsBase, pathPrefix: options.pathPrefix });
    case 'github':
      return renderGithub(result, { pathPrefix: options.pathPrefix });
    case 'markdown':
      return renderMarkdown(result, { docsBase: options.docsBase });
    case 'html':
      return renderHtml(result, { docsBase: options.docsBase });
    case 'cyclonedx':
      return renderCycloneDx(result);
    default:
      throw new Error(`no writer for the format "${format}"`);
  }
}
