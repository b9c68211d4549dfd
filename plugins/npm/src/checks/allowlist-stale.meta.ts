/** The metadata of npm/allowlist-stale: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const allowlistStaleMeta = {
  id: 'allowlist-stale',
  question: 'install-time-execution',
  title: 'A script allowlist entry matches nothing that needs it',
  description:
    'An entry allows install scripts for a package that the project\u2019s lockfile does not contain (at that version, for a pinned entry), or whose locked versions are recorded as having no install scripts. A stale approval is a standing pre-approval: if the package (or that name, after a typo fix or a takeover) is added later, its scripts run without a new review.',
  severity: 'low',
  confidence: 'medium',
  messages: {
    notLocked: '{key} in {label} allows install scripts for {name}, which {lock} does not lock{at}',
    noHooks: '{key} in {label} allows install scripts for {name}, but its locked versions in {lock} have none',
  },
  remediation:
    'Remove the entry (`npm install-scripts prune`, `pnpm approve-builds` again), or re-pin it to the locked version.',
  limitations:
    'Workspaces that share one policy but have no lockfile of their own are not compared. Locks that do not record install scripts (pnpm v9, yarn, bun) only support the not-locked half.',
  reads: ['manifest', 'client-config', 'lockfile'],
  examples: {
    bad: ['install-scripts--npm12-allow-scripts'],
    good: ['install-scripts--pnpm-v6-requires-build', 'install-scripts--allowlisted-other-platform-only'],
  },
  since: 'next',
} as const satisfies CheckMeta;
