/**
 * What the report says around the evidence for each question: the heading of the prose page
 * (docs/threat-model/**) that answers it per tool, the links to those pages for one ecosystem, and
 * what a static read of a checkout cannot know. Ecosystem-free: plugins name their pages.
 */
import type { InventoryClient } from '../inventory.js';
import type { ThreatModelPages } from '../plugin.js';
import type { QuestionId } from '../questions.js';
import type { Inline } from './doc.js';

/** The heading of the per-tool page that answers each question (the project's own CI has none). */
export const PAGE_HEADINGS: Partial<Record<QuestionId, string>> = {
  'install-time-execution': 'Code execution at install time',
  'pre-install-execution': 'Code execution before install',
  'lockfile-integrity': 'Lockfile guarantees',
  'name-identity': 'Package name identity',
  'multi-source-resolution': 'Resolution across multiple sources',
  'namespace-allocation': 'Namespace allocation',
  'maintainer-lifecycle': 'Maintainer lifecycle',
  'version-immutability': 'Immutability',
  provenance: 'Provenance',
  'publish-credentials': 'Publish credentials',
  'blast-radius': 'Blast radius and detection',
};

/** Per question, what no reading of the files can settle: the report says it plainly. */
export const STATIC_LIMITS: Record<QuestionId, string> = {
  'install-time-execution':
    'A static read cannot see what an install script or build step would do, whether a package has install-time code its lock does not record, or which client version, flags (`--ignore-scripts`) and user-level config the people and machines that install it use.',
  'pre-install-execution':
    'A static read cannot know which commands people run in the checkout, nor what a program-shaped manifest, hook or wrapper would do when run; it reports where they are.',
  'lockfile-integrity':
    'A static read cannot know which command a developer runs locally, nor whether a registry still serves the bytes a version-only lock names; it reads the locks, manifests and the CI commands it can parse.',
  'name-identity':
    'A static read cannot see who owns each name on the registry today or which spellings the registry would refuse; it compares the spellings the files use.',
  'multi-source-resolution':
    'A static read cannot see which names exist on each configured index today, nor config outside the checkout (user and machine config files, environment variables) that adds or replaces a source.',
  'namespace-allocation':
    'Who can claim a name is the registry\u2019s policy and state, not something a checkout records.',
  'maintainer-lifecycle':
    'Who maintains each dependency, and when that changed, is registry state a checkout does not record.',
  'version-immutability':
    'Whether a registry still serves the same bytes for a version is registry state; a lock with content hashes turns a change into a failed install rather than an unnoticed one.',
  provenance:
    'Whether a dependency was published with provenance, and whether anything verifies it, is registry metadata the files do not hold; the files show only how this project publishes its own releases.',
  'publish-credentials':
    'Tokens kept in CI secrets, on developers\u2019 machines or in registry accounts are out of sight; only credentials written into the files and the permissions of publish jobs are visible.',
  'blast-radius':
    'Locked versions are compared with an advisory database only when one is given (`--osv`); a malicious version nobody has reported yet is unknown to every tool.',
  'own-supply-chain':
    'Secrets, branch protection, environment reviewers and other repository settings are not in the checkout.',
};

/**
 * `[client](…/docs/threat-model/clients/<client>.md#lockfile-guarantees)` for each page that answers `question` for
 * this ecosystem: client pages of the clients the checkout uses (all of the plugin's when it names none),
 * registry pages for registry questions. Without `docsBase` a page is named by its path in inert's repository.
 */
export function pageLinks(
  pages: ThreatModelPages | undefined,
  side: 'client' | 'registry' | 'self',
  question: QuestionId,
  clients: readonly InventoryClient[],
  docsBase: string | undefined,
): Inline[] {
  const heading = PAGE_HEADINGS[question];
  if (!pages || !heading || side === 'self') return [];
  const targets =
    side === 'registry' ? pages.registries.map((r) => ({ name: r.name, page: r.page })) : clientPages(pages, clients);
  const anchor = `#${slug(heading)}`;
  return targets.flatMap(({ name, page }, i): Inline[] => [
    i === 0 ? '' : i === targets.length - 1 ? ' and ' : ', ',
    docsBase === undefined ? { code: `${page}${anchor}` } : { link: name, href: `${docsBase}${page}${anchor}` },
  ]);
}

function clientPages(pages: ThreatModelPages, clients: readonly InventoryClient[]): { name: string; page: string }[] {
  const used = [...new Set(clients.map((c) => c.client))].filter((c) => pages.clients[c] !== undefined);
  const names = used.length > 0 ? used : Object.keys(pages.clients);
  const byPage = new Map<string, string>();
  for (const name of names) if (!byPage.has(pages.clients[name]!)) byPage.set(pages.clients[name]!, name);
  return [...byPage].map(([page, name]) => ({ name, page }));
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
