/**
 * docs/questions/<id>.md: each threat-model question with a comparison across ecosystems (from the
 * plugins' sourced profile facts) and the checks that evidence it (from check metadata).
 */
import { QUESTIONS, type AnyPlugin, type DesignFact, type Question, type QualifiedCheck } from '@inert/core';
import { QUESTION_NOTES } from './question-notes.js';
import { generatedHeader, headingAnchor, tableCell as cell, unverifiedNote } from './markdown.js';

/** The ecosystems that have a prose page under docs/ecosystems/. */
const ECOSYSTEM_PAGES = ['npm', 'pip', 'cargo', 'gem', 'go', 'gradle'];

/** Relative path → content for every question page. */
export function questionPages(plugins: readonly AnyPlugin[], checks: readonly QualifiedCheck[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of QUESTIONS) out.set(`docs/questions/${q.id}.md`, questionPage(q, plugins, checks));
  return out;
}

function questionPage(q: Question, plugins: readonly AnyPlugin[], checks: readonly QualifiedCheck[]): string {
  const mine = checks.filter((c) => c.meta.question === q.id);
  const lines = [
    generatedHeader('packages/core/src/questions.ts, the plugins\u2019 profiles and check metadata'),
    '',
    `# ${q.title}`,
    '',
    `Question id: \`${q.id}\` · side: ${q.side}`,
    '',
    q.prose,
    '',
    '## How each ecosystem answers',
    '',
    'What each client and registry does by design, with the versions a fact applies to and its source. The checks column lists what inert finds in a checkout.',
    '',
    '| Ecosystem | By design | Checks |',
    '| --- | --- | --- |',
  ];
  for (const p of plugins) {
    const facts = p.profile[q.id] ?? [];
    const own = mine.filter((c) => c.ecosystem === p.ecosystem);
    // The CI plugin has no ecosystem page and few facts: it gets a row only when it has something to say.
    if (p.ecosystem === 'ci' && facts.length === 0 && own.length === 0) continue;
    const name = ECOSYSTEM_PAGES.includes(p.ecosystem) ? `[${p.title}](../ecosystems/${p.ecosystem}.md)` : p.title;
    // Several facts in one cell: a bullet each, since a Markdown table cell cannot hold a list.
    const byDesign = facts.length === 0 ? 'No design fact recorded yet for this question.' : facts.map((f) => `${facts.length > 1 ? '• ' : ''}${factCell(f)}`).join('<br>');
    lines.push(`| ${name} | ${byDesign} | ${own.map((c) => `[\`${c.qualifiedId}\`](../checks/${c.ecosystem}/${c.meta.id}.md)`).join(', ') || '—'} |`);
  }
  lines.push('');
  const notes = QUESTION_NOTES[q.id];
  if (notes) lines.push(notes, '');
  lines.push('## Checks that evidence it', '');
  if (mine.length === 0) {
    lines.push('No check reads this from a checkout yet: reports answer it **not assessed**, and the facts above are the whole answer.', '');
  } else {
    lines.push('| Check | Default severity | Title |', '| --- | --- | --- |');
    for (const c of mine) lines.push(`| [\`${c.qualifiedId}\`](../checks/${c.ecosystem}/${c.meta.id}.md) | ${c.meta.severity} | ${cell(c.meta.title)} |`);
    lines.push('');
  }
  lines.push(
    '## In a report',
    '',
    'For a checkout, `inert scan --format markdown` answers it per ecosystem: **exposed** (a finding), **not observed** (the relevant files were read and nothing was found), **not applicable** (no files of that kind) or **unknown** (files that could not be read). **Not assessed** means no check reads it from a checkout yet.',
    '',
    `inert\u2019s own answer: [own supply chain](../own-supply-chain.md#${headingAnchor(q.title)}). All questions side by side: [threat model](../threat-model.md). Ecosystem pages: ${ECOSYSTEM_PAGES.map((e) => `[${e}](../ecosystems/${e}.md)`).join(' · ')}.`,
    '',
  );
  return `${lines.join('\n')}`;
}

/** One fact in a table cell: the versions it applies to first, so the table reads as a comparison. */
function factCell(f: DesignFact): string {
  return `${f.versions ? `**${cell(f.versions)}:** ` : ''}${cell(f.fact)}${unverifiedNote(f)} [source](${f.source})`;
}

