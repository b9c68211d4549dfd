/**
 * docs/own-supply-chain.md: inert's threat-model questions asked of inert itself, from a scan of its
 * own checkout plus facts read from its files (own-facts.ts). A test regenerates it from the
 * checkout, so the page cannot drift from what the repository shows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectorySource, QUESTIONS, escapeMarkdown, parseJson, scan, type AnyPlugin, type Answer, type QuestionId, type ScanResult } from '@inert/core';
import { validateConfig } from '../config.js';
import { generatedHeader, headingAnchor } from './markdown.js';
import { readOwnFacts } from './own-facts.js';

/** What a checkout cannot show, said honestly: registry state and what does not exist yet. */
const BEYOND_THE_CHECKOUT: Partial<Record<QuestionId, string>> = {
  'namespace-allocation':
    'Who holds these names on a registry is not in the checkout: the `@inert` scope must belong to the project before the first release (docs/release.md). The unscoped npm name `inert` already belongs to another project (hapi\u2019s static file handler), so a release needs another name or a scope it owns.',
  'maintainer-lifecycle': 'Who maintains those packages, and whether that changes, is registry state: review the lock diff whenever one of them changes version.',
  'version-immutability': 'inert relies on the npm registry never serving other bytes for a published version (it refuses republishing), and does not have to: pnpm checks every download against the integrity hash in the lock.',
  provenance:
    'The release workflow publishes each package with npm trusted publishing (OIDC) and `--provenance`, from tarballs packed by a job that holds no token; inert\u2019s own checks (`ci/publish-without-provenance`, `ci/publish-long-lived-token`) read it above. Whether a given version on the registry really carries that provenance is registry state: `npm audit signatures` checks it for an install (docs/release.md).',
  'publish-credentials': 'No long-lived registry token exists for inert: the publish job gets a short-lived OIDC token from GitHub, scoped to this repository, release.yml and the `npm` environment. Tokens committed in the tree would be findings of the checks above.',
  'blast-radius': 'This page is generated without an OSV database (inert never downloads one). To match inert\u2019s lock against malicious-package reports: `pnpm inert scan . --config inert.config.json --osv <database>`.',
  'own-supply-chain': 'Build: `tsc -b` compiles the TypeScript sources in the checkout, then rolldown (pinned in the lock, a dev dependency of `@inert/cli`) bundles the compiled CLI into its bin (`packages/cli/bundle/`, docs/decisions/0021); no build step downloads anything. CI (`.ci/run`) installs from the lock, runs the test suite on a clean clone, then scans inert\u2019s own checkout; this page is checked by that test suite.',
};

const STATUS: Record<Answer['status'], string> = { exposed: 'exposed', 'not-observed': 'not observed', 'not-applicable': 'not applicable', unknown: 'unknown' };

/** Scans `root` with its inert.config.json, as `.ci/run` does, and renders the page. */
export async function ownSupplyChainPage(root: string, plugins: readonly AnyPlugin[]): Promise<string> {
  const configPath = join(root, 'inert.config.json');
  const parsed = parseJson(await readFile(configPath, 'utf8'), configPath);
  if (!parsed.ok) throw new Error(`${configPath}: ${parsed.problem.reason}`);
  const result = await scan(new DirectorySource(root), { plugins, config: validateConfig(parsed.value.value, configPath) });
  return renderOwnSupplyChain(result, plugins, await readOwnFacts(root, result));
}

export function renderOwnSupplyChain(result: ScanResult, plugins: readonly AnyPlugin[], facts: Awaited<ReturnType<typeof readOwnFacts>>): string {
  const ecosystems = [...new Set(result.answers.map((a) => a.ecosystem))];
  const title = (eco: string): string => plugins.find((p) => p.ecosystem === eco)?.title ?? eco;
  const active = result.findings.filter((f) => !f.suppressed);
  const lines = [
    generatedHeader('a scan of inert\u2019s own checkout'),
    '',
    '# inert\u2019s own supply chain',
    '',
    'inert asks its questions of itself. This page is generated from a scan of this repository (`inert scan . --config inert.config.json`, which leaves out the hazard corpus under `corpus/`) and from facts read from its files by `packages/cli/src/docs/own-facts.ts`. Nothing was executed. A test (`packages/cli/src/docs/own-supply-chain.test.ts`) scans the checkout again and fails when this page is not what the scan says, so it stays true; `pnpm run docs` rewrites it.',
    '',
    'What inert promises when it reads an untrusted checkout is in [security.md](security.md); each question is explained under [questions/](questions/).',
    '',
    '## Summary',
    '',
    `| Question | ${ecosystems.map(title).join(' | ')} |`,
    `| --- | ${ecosystems.map(() => '---').join(' | ')} |`,
  ];
  for (const q of QUESTIONS) {
    lines.push(`| [${q.title}](#${headingAnchor(q.title)}) | ${ecosystems.map((e) => status(result.answers.find((a) => a.ecosystem === e && a.question === q.id))).join(' | ')} |`);
  }
  lines.push('');
  for (const q of QUESTIONS) {
    lines.push(`## ${q.title}`, '', `[\`${q.id}\`](questions/${q.id}.md) · ${ecosystems.map((e) => `${title(e)}: ${status(result.answers.find((a) => a.ecosystem === e && a.question === q.id))}`).join(' · ')}`, '');
    const findings = active.filter((f) => f.question === q.id);
    const items = [
      ...(facts[q.id] ?? []),
      ...findings.map((f) => `**${f.severity}** [\`${f.check}\`](checks/${f.check}.md) [${f.location.path}:${f.location.line}](../${f.location.path}): ${escapeMarkdown(f.message)}`),
    ];
    if (items.length > 0) lines.push(...items.map((i) => `- ${i}`), '');
    const beyond = BEYOND_THE_CHECKOUT[q.id];
    if (beyond) lines.push(beyond, '');
  }
  return lines.join('\n');
}

function status(answer: Answer | undefined): string {
  if (!answer) return '—';
  if (answer.assessed === false) return 'not assessed';
  return answer.status === 'exposed' ? `**exposed (${answer.findings})**` : STATUS[answer.status];
}
