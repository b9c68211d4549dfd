/** The metadata of pip/direct-url-dependency: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const directUrlDependencyMeta = {
  id: 'direct-url-dependency',
  question: 'lockfile-integrity',
  title: 'A dependency comes from a git or archive URL that is not pinned to a commit or hash',
  description:
    'A requirement like `pkg @ git+https://host/repo@main`, a Poetry/uv/Pipfile table with `git` and a `branch` or `tag`, or an archive URL without a `#sha256=` fragment or `--hash` installs whatever the URL serves at install time. Branches and tags move; only a full commit id or a content hash pins the bytes. It is also built from source, so its build code runs. Lower (low) when a lockfile beside the manifest records the resolved commit.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'a VCS URL without a full commit, or an archive URL without a hash, and no lock records it',
    },
    {
      severity: 'low',
      when: 'the project has a uv, Poetry or PDM lock: the lock pins the commit or records the file hash, so only the manifest line floats',
    },
  ],
  confidence: 'high',
  messages: {
    vcsUnpinned: '{name} comes from {url} at {ref}, not a full commit id: what is installed changes when the ref moves',
    archiveUnhashed: '{name} is downloaded from {url} with no hash: any bytes served there are installed',
  },
  remediation:
    'Pin git dependencies to a full 40-character commit (`@<sha>` or `rev = "<sha>"`), add `#sha256=` or `--hash` to archive URLs, or publish the package to an index.',
  limitations:
    'Local paths are not reported (they are part of the checkout); a signed tag is not recognised as stronger than a branch.',
  reads: ['manifest'],
  examples: {
    bad: ['direct-url-dependency--git-branch', 'direct-url-dependency--uv-locked-git-branch'],
    good: ['clean--git-commit-pinned'],
  },
  since: 'next',
} as const satisfies CheckMeta;
