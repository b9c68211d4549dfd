/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message`
 * line per unsuppressed finding, which GitHub turns into annotations on the pull request without code
 * scanning. Escaping follows @actions/core's command.ts: data escapes `%`, CR and LF; properties also
 * `:` and `,`. Untrusted text is first made safe to print (controls, bidi) like every other format.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
import type { ScanResult } from '../result.js';
import { trimTrailing } from '../paths.js';
import type { Severity } from '../severity.js';
import { counted } from '../counted.js';
import { escapeText } from './escape.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

export interface GithubOptions {
  /**
   * Prefix for file paths (the scanned directory relative to the repository root, e.g. `services/api`):
   * annotations are placed by paths relative to the repository root.
   */
  pathPrefix?: string;
}

/** `%` → `%25`, CR → `%0D`, LF → `%0A` (a message). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As data, and `:` → `%3A`, `,` → `%2C` (a property value). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(result: ScanResult, options: GithubOptions = {}): string {
  const prefix = pathPrefix(options.pathPrefix);
  const lines: string[] = [];
  let shown = 0;
  for (const f of result.findings) {
    if (f.suppressed) continue;
    shown++;
    const l = f.location;
    const props = [`file=${escapeCommandProperty(safe(`${prefix}${l.path}`))}`, `line=${l.line}`, `col=${l.column}`];
    if (l.endLine !== undefined) props.push(`endLine=${l.endLine}`);
    if (l.endColumn !== undefined && (l.endLine === undefined || l.endLine === l.line))
      props.push(`endColumn=${l.endColumn}`);
    props.push(`title=${escapeCommandProperty(safe(`inert ${f.check} (${f.severity})`))}`);
    const message = `${f.message}\n\nFix: ${f.remediation}${f.package ? `\nPackage: ${f.package.name}${f.package.version ? `@${f.package.version}` : ''}` : ''}`;
    lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeCommandData(safe(message, true))}\n`);
  }
  const suppressed = result.findings.length - shown;
  const unread = result.files.filter((f) => f.status === 'unparsed' || f.status === 'skipped').length;
  const summary = `inert: ${counted(shown, 'finding')}${suppressed ? `, ${suppressed} suppressed (listed in the JSON and SARIF reports)` : ''}${unread ? `; ${counted(unread, 'file')} could not be read, so the scan is incomplete` : ''}`;
  lines.push(`::${unread ? 'warning' : 'notice'} title=inert::${escapeCommandData(summary)}\n`);
  return lines.join('');
}

/** `services/api` → `services/api/`; `.`, `./` and empty → nothing. */
export function pathPrefix(prefix: string | undefined): string {
  const cleaned = trimTrailing(
    (prefix ?? '')
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/^\.$/, ''),
    '/',
  );
  return cleaned ? `${cleaned}/` : '';
}

/** Controls and bidi characters escaped; newlines kept only where the command encodes them. */
function safe(text: string, keepNewlines = false): string {
  return escapeText(text, { keepNewlines });
}
