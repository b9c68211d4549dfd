/** A tiny document model shared by the Markdown and HTML reports, so both say the same thing. */
import { escapeMarkdown, escapeText } from './escape.js';

/** Inline text: plain (untrusted, escaped on output), code, strong, or a link. */
/** `rich`: trusted text from plugin metadata where `backticks` mark code. */
export type Inline = string | { code: string } | { strong: string } | { link: string; href: string } | { rich: string };

export type Block =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: Inline[] }
  | { list: Inline[][] }
  | { table: { head: string[]; rows: Inline[][][] } };

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('heading' in b) out.push(`${'#'.repeat(b.heading)} ${escapeMarkdown(b.text)}`, '');
    else if ('paragraph' in b) out.push(md(b.paragraph), '');
    else if ('list' in b) out.push(...b.list.map((item) => `- ${md(item)}`), '');
    else {
      out.push(
        `| ${b.table.head.map(escapeMarkdown).join(' | ')} |`,
        `| ${b.table.head.map(() => '---').join(' | ')} |`,
      );
      for (const row of b.table.rows) out.push(`| ${row.map((cell) => md(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

export function toHtml(title: string, blocks: readonly Block[]): string {
  const body = blocks.map((b) => {
    if ('heading' in b) return `<h${b.heading}>${html(b.text)}</h${b.heading}>`;
    if ('paragraph' in b) return `<p>${inlineHtml(b.paragraph)}</p>`;
    if ('list' in b) return `<ul>${b.list.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
    return `<table><thead><tr>${b.table.head.map((h) => `<th>${html(h)}</th>`).join('')}</tr></thead><tbody>${b.table.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}h2{border-bottom:1px solid #d0d7de}
a{color:#0550ae}td strong{white-space:nowrap}strong[class^=exposed],strong.critical,strong.high{color:#b3261e}strong.medium{color:#9a6700}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

function md(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if (typeof i === 'string') return escapeMarkdown(i);
      if ('code' in i) return codeSpan(escapeText(i.code));
      if ('strong' in i) return `**${escapeMarkdown(i.strong)}**`;
      if ('rich' in i)
        return i.rich
          .split(/(`[^`]*`)/)
          .map((part) => (part.startsWith('`') ? part : escapeMarkdown(part)))
          .join('');
      return `[${escapeMarkdown(i.link)}](${i.href.replace(/[()\s]/g, encodeURIComponent)})`;
    })
    .join('');
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat((text.match(/`+/g) ?? ['']).reduce((m, t) => Math.max(m, t.length), 0) + 1);
  return `${ticks}${ticks.length > 1 ? ' ' : ''}${text}${ticks.length > 1 ? ' ' : ''}${ticks}`;
}

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if (typeof i === 'string') return html(i);
      if ('code' in i) return `<code>${html(i.code)}</code>`;
      if ('strong' in i) return `<strong class="${html(i.strong.replace(/\W/g, ''))}">${html(i.strong)}</strong>`;
      if ('rich' in i)
        return i.rich
          .split(/(`[^`]*`)/)
          .map((part) => (part.startsWith('`') ? `<code>${html(part.slice(1, -1))}</code>` : html(part)))
          .join('');
      return /^(?:https?:|\.\.?\/|#)/.test(i.href) ? `<a href="${html(i.href)}">${html(i.link)}</a>` : html(i.link);
    })
    .join('');
}

/** Escapes for HTML text and attribute values; control characters are made visible first. */
export function html(text: string): string {
  return escapeText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
