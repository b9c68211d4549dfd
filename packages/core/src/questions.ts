/** The threat-model questions inert answers for each ecosystem: the headings of every report. */

/** Which side of the supply chain a question is about. */
export type Side = 'client' | 'registry' | 'self';

/** A question in the threat model. */
export interface Question {
  /** Stable id; checks, answers and docs refer to it. */
  id: QuestionId;
  /** Phrased so that it can be answered yes or no. */
  title: string;
  /** The side of the supply chain it is about. */
  side: Side;
  /** The question in prose, as the report shows it. */
  prose: string;
}

export const QUESTION_IDS = [
  'install-time-execution',
  'pre-install-execution',
  'lockfile-integrity',
  'name-identity',
  'multi-source-resolution',
  'namespace-allocation',
  'maintainer-lifecycle',
  'version-immutability',
  'provenance',
  'publish-credentials',
  'blast-radius',
  'own-supply-chain',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'install-time-execution',
    title: 'Can a dependency run code when it is installed?',
    side: 'client',
    prose:
      'Does installing the dependencies run code they ship (lifecycle hooks, build scripts, native extensions, proc-macros), for which packages, and under which policy of the client in force?',
  },
  {
    id: 'pre-install-execution',
    title: 'Does any command run code from the checkout before install?',
    side: 'client',
    prose:
      'Are there manifests or client settings that are programs (build scripts, hooks files, a client setting that names a program or a wrapper to run), so that even resolving or listing dependencies executes code from the checkout or the network?',
  },
  {
    id: 'lockfile-integrity',
    title: 'Can the installed bytes differ from what was reviewed?',
    side: 'client',
    prose:
      'Does the lockfile pin content hashes or only versions, are there dependencies outside it (git branches, local paths, unpinned requirements), and does CI use the strict install that refuses to change the lock?',
  },
  {
    id: 'name-identity',
    title: 'Can two spellings name different packages?',
    side: 'client',
    prose:
      'Do package names normalise the same way in the client, the lockfile and the registry (case, separators, confusable characters, aliases and forks), so that what was reviewed is what is installed?',
  },
  {
    id: 'multi-source-resolution',
    title: 'Can a name resolve from more than one source?',
    side: 'client',
    prose:
      'When a name is available from several registries, indexes, mirrors or repositories, which one wins: is the checkout exposed to dependency confusion, insecure transports or unexpected hosts?',
  },
  {
    id: 'namespace-allocation',
    title: 'Can anyone claim a name this project depends on?',
    side: 'registry',
    prose:
      'How does the registry allocate names and scopes, and does the checkout depend on names (internal packages, unscoped private names) that someone else could register?',
  },
  {
    id: 'maintainer-lifecycle',
    title: 'Can control of a dependency change hands unnoticed?',
    side: 'registry',
    prose:
      'How does the registry handle maintainer changes, account recovery, expired domains and transfers, as far as a checkout can show it?',
  },
  {
    id: 'version-immutability',
    title: 'Can a published version change its bytes?',
    side: 'registry',
    prose:
      'Does the registry guarantee that a name and version always serve the same bytes, and does the lockfile rely on that guarantee instead of pinning hashes?',
  },
  {
    id: 'provenance',
    title: 'Can a consumer verify where a release was built?',
    side: 'registry',
    prose:
      'Do the release workflows publish with provenance and trusted publishing (OIDC), so consumers can tie a package to its source and build?',
  },
  {
    id: 'publish-credentials',
    title: 'Are publish credentials exposed?',
    side: 'registry',
    prose:
      'Are registry tokens or passwords committed in the tree, or do release workflows publish with long-lived secrets instead of short-lived trusted-publishing tokens?',
  },
  {
    id: 'blast-radius',
    title: 'Is a known-malicious version locked?',
    side: 'registry',
    prose:
      'After a compromise, can the checkout tell that it installs something that has since been withdrawn or reported as malicious?',
  },
  {
    id: 'own-supply-chain',
    title: 'Is the project\u2019s own build and CI exposed?',
    side: 'self',
    prose:
      'The same questions asked of the project itself: the actions, tools and installers its CI pulls in, and how they are pinned.',
  },
];

/** Looks up a question by id. */
export function question(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`unknown question ${id}`);
  return found;
}

/** True when `value` is a question id. */
export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}
