/**
 * The generated tail of each hand-written `docs/ecosystems/<eco>.md`: every design fact of the
 * plugin's profile, question by question, with the versions it applies to and its source. The prose
 * above the marker is kept as written; everything after it is regenerated, so the page cannot drift
 * from the profile the reports use.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QUESTIONS, type AnyPlugin, type DesignFact } from '@inert/core';
import { tableCell as cell, unverifiedNote } from './markdown.js';

export const FACTS_MARKER = '<!-- generated below from the plugin profile by `pnpm run docs`; edit the profile, not this section -->';

export async function ecosystemPages(plugins: readonly AnyPlugin[], root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const plugin of plugins.filter((p) => p.ecosystem !== 'ci')) {
    const path = `docs/ecosystems/${plugin.ecosystem}.md`;
    const existing = await readFile(join(root, path), 'utf8').catch(() => `# ${plugin.title}: threat model\n`);
    const at = existing.indexOf(FACTS_MARKER);
    const prose = (at >= 0 ? existing.slice(0, at) : existing).trimEnd();
    out.set(path, `${prose}\n\n${FACTS_MARKER}\n\n${factsSection(plugin)}`);
  }
  return out;
}

function factsSection(plugin: AnyPlugin): string {
  const lines = [
    '## Design facts and the versions they apply to',
    '',
    `Every fact of the \`${plugin.ecosystem}\` profile, as \`inert scan --format markdown\` uses them. **Applies to** names the client or registry versions; where a fact holds only for some versions of one client, reports compare it with the versions the checkout selects or implies (\`inventory.clients\`: \`packageManager\`, lockfile formats, wrappers, toolchain files) and say whether it applies.`,
    '',
    '| Question | Applies to | Fact | Source |',
    '| --- | --- | --- | --- |',
  ];
  for (const q of QUESTIONS) {
    for (const f of plugin.profile[q.id] ?? []) lines.push(`| [${q.id}](../questions/${q.id}.md) | ${cell(appliesTo(f))} | ${cell(f.fact)}${unverifiedNote(f)} | [source](${f.source}) |`);
  }
  return `${lines.join('\n')}\n`;
}

function appliesTo(f: DesignFact): string {
  const range = f.applies ? ` (\`${f.applies.client}\` ${[f.applies.since ? `>= ${f.applies.since}` : '', f.applies.until ? `< ${f.applies.until}` : ''].filter(Boolean).join(', ')})` : '';
  return `${f.versions ?? '—'}${range}`;
}

