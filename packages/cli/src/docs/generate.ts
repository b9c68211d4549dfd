/**
 * Generates docs/checks/**, docs/questions/**, docs/threat-model.md, docs/cli.md,
 * docs/own-supply-chain.md, docs/ci/publish-routes.md and the facts section of docs/ecosystems/*.md from check metadata, the plugins' profiles, the corpus examples, the help
 * text and a scan of inert's own checkout. `pnpm run docs` writes them; a test fails when the committed
 * files are stale.
 */
import { readFile, readdir, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue, QUESTIONS, type AnyPlugin, type CheckMeta, type DesignFact, type QualifiedCheck } from '@inert/core';
import { cliPage } from './cli-page.js';
import { ecosystemPages } from './ecosystem-facts.js';
import { generatedHeader, tableCell, unverifiedNote } from './markdown.js';
import { ownSupplyChainPage } from './own-supply-chain.js';
import { publishRoutesPage } from './publish-routes.js';
import { questionPages } from './question-pages.js';

export const GENERATED_HEADER = generatedHeader('check metadata');
const MAX_LINES = 40;

/** Relative path → content, for every generated docs file; `root` is inert's checkout. */
export async function generateDocs(plugins: readonly AnyPlugin[], root: string): Promise<Map<string, string>> {
  const corpusDir = join(root, 'corpus');
  const out = new Map<string, string>();
  const checks = catalogue(plugins);
  for (const check of checks) out.set(check.docsPath, await checkPage(check, corpusDir));
  out.set('docs/checks/index.md', indexPage(checks));
  out.set('docs/threat-model.md', threatModelPage(plugins, checks));
  for (const [path, page] of questionPages(plugins, checks)) out.set(path, page);
  for (const [path, page] of await ecosystemPages(plugins, root)) out.set(path, page);
  out.set('docs/own-supply-chain.md', await ownSupplyChainPage(root, plugins));
  out.set('docs/cli.md', await cliPage(plugins, root));
  out.set('docs/ci/publish-routes.md', await publishRoutesPage(plugins));
  return out;
}


/** A check's docs page; without a corpus directory (an installed CLI) the examples are named, not shown. */
export async function checkPage(check: QualifiedCheck, corpusDir: string | undefined): Promise<string> {
  const m = check.meta;
  const lines = [
    GENERATED_HEADER,
    '',
    `# \`${check.qualifiedId}\`: ${m.title}`,
    '',
    '| Question | Ecosystem | Reads | Severity | Confidence | Since | Lifecycle |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| [${m.question}](../../questions/${m.question}.md) | ${check.ecosystem} | ${m.reads.join(', ')} | ${m.severity} | ${m.confidence} | ${m.since} | ${m.lifecycle ?? 'experimental'} |`,
    '',
    '## What it finds',
    '',
    m.description,
    '',
    '## Severity',
    '',
    ...severitySection(m),
    '',
    '## Messages',
    '',
    ...Object.entries(m.messages).map(([id, text]) => `- \`${id}\`: ${text}`),
    '',
    '## Remediation',
    '',
    m.remediation,
    '',
    '## Limitations',
    '',
    m.limitations,
    '',
    '## Examples',
    '',
  ];
  for (const [role, names] of [['Reported', m.examples.bad], ['Not reported', m.examples.good]] as const) {
    for (const name of names) {
      if (corpusDir === undefined) lines.push(`- ${role}: \`corpus/${check.corpusGroup}/${name}\` in the inert repository`);
      else lines.push(...(await example(role, check, join(corpusDir, check.corpusGroup, name), name)));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The severity rule as a list, most severe first; a check with one severity says so in one line. */
function severitySection(m: CheckMeta): string[] {
  if (!m.severityRule) return [`Always **${m.severity}**: the finding does not vary with the evidence.`];
  return [
    `Depends on the evidence (the table above gives the default, **${m.severity}**):`,
    '',
    ...m.severityRule.map((b) => `- **${b.severity}** when ${b.when}.`),
  ];
}

async function example(role: string, check: QualifiedCheck, dir: string, name: string): Promise<string[]> {
  const out = [`### ${role}: \`corpus/${check.corpusGroup}/${name}\``, ''];
  let expected: { description?: string; findings?: { check: string; messageId?: string; path: string; line: number }[] };
  try {
    expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as typeof expected;
  } catch {
    return [...out, '(case missing)', ''];
  }
  if (expected.description) out.push(expected.description, '');
  for (const file of await caseFiles(dir, '')) {
    const path = join(dir, file);
    const info = await lstat(path);
    if (info.isSymbolicLink()) {
      out.push(`\`${file}\`: a symbolic link`, '');
      continue;
    }
    const text = await readFile(path, 'utf8');
    const all = text.split('\n');
    const shown = all.slice(0, MAX_LINES).join('\n').replace(/\n$/, '');
    const fence = text.includes('```') ? '~~~~' : '```';
    out.push(`\`${file}\`:`, '', `${fence}${language(file)}`, shown + (all.length > MAX_LINES + 1 ? '\n…' : ''), fence, '');
  }
  const mine = (expected.findings ?? []).filter((f) => f.check === check.qualifiedId);
  out.push(mine.length === 0 ? `inert reports no \`${check.qualifiedId}\` finding here.` : 'inert reports:', '');
  for (const f of mine) out.push(`- \`${f.path}:${f.line}\` ${f.check} (\`${f.messageId ?? ''}\`)`);
  if (mine.length > 0) out.push('');
  return out;
}

async function caseFiles(dir: string, prefix: string): Promise<string[]> {
  const entries = (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (rel === 'expected.json') continue;
    if (e.isDirectory()) files.push(...(await caseFiles(dir, rel)));
    else files.push(rel);
  }
  return files;
}

function language(file: string): string {
  const ext = /\.([a-z]+)$/.exec(file)?.[1] ?? '';
  const map: Record<string, string> = { json: 'json', yaml: 'yaml', yml: 'yaml', toml: 'toml', lock: '', py: 'python', rb: 'ruby', gradle: 'groovy', kts: 'kotlin', mod: '', txt: '', xml: 'xml', properties: 'properties' };
  if (file.endsWith('Gemfile') || file.endsWith('.gemspec')) return 'ruby';
  return map[ext] ?? '';
}

function indexPage(checks: readonly QualifiedCheck[]): string {
  const lines = [GENERATED_HEADER, '', '# Checks', '', `${checks.length} checks. Ids are a contract: baselines, SARIF consumers and other tools match on them.`, ''];
  for (const q of QUESTIONS) {
    const mine = checks.filter((c) => c.meta.question === q.id);
    if (mine.length === 0) continue;
    lines.push(`## ${q.title}`, '', `[${q.id}](../questions/${q.id}.md)`, '', '| Check | Severity | Title |', '| --- | --- | --- |');
    for (const c of mine) lines.push(`| [\`${c.qualifiedId}\`](${c.ecosystem}/${c.meta.id}.md) | ${c.meta.severity} | ${c.meta.title} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The written threat model: for each question, what each ecosystem does by design and which checks evidence it. */
function threatModelPage(plugins: readonly AnyPlugin[], checks: readonly QualifiedCheck[]): string {
  const ecosystems = plugins.filter((p) => p.ecosystem !== 'ci');
  const lines = [GENERATED_HEADER, '', '# The package-manager threat model, across ecosystems', '',
    'For each question: what each client and registry does by design (from the plugins\u2019 profiles, each fact with its source), and the checks that find it in a checkout. The same questions answered in prose, a page per client and registry: [threat-model/](threat-model/README.md). What inert reads per ecosystem: [ecosystems/](ecosystems/). For one checkout: `inert scan --format markdown`.', ''];
  for (const q of QUESTIONS) {
    lines.push(`## ${q.title}`, '', `\`${q.id}\` (${q.side}) — ${q.prose} See [the question page](questions/${q.id}.md).`, '', '| Ecosystem | By design | Checks |', '| --- | --- | --- |');
    for (const p of ecosystems) {
      const facts = (p.profile[q.id] ?? []).map((f: DesignFact) => `${tableCell(f.fact)}${f.versions ? ` (${f.versions})` : ''}${unverifiedNote(f)} [source](${f.source})`).join('<br>');
      const mine = checks.filter((c) => c.ecosystem === p.ecosystem && c.meta.question === q.id).map((c) => `[\`${c.qualifiedId}\`](checks/${c.ecosystem}/${c.meta.id}.md)`).join(', ');
      lines.push(`| ${p.title} | ${facts || '—'} | ${mine || '—'} |`);
    }
    const ci = checks.filter((c) => c.ecosystem === 'ci' && c.meta.question === q.id).map((c) => `[\`${c.qualifiedId}\`](checks/ci/${c.meta.id}.md)`);
    if (ci.length) lines.push(`| CI (all ecosystems) | commands and actions in workflows, GitLab CI, Dockerfiles | ${ci.join(', ')} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
