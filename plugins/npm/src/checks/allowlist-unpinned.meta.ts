/** The metadata of npm/allowlist-unpinned: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const allowlistUnpinnedMeta = {
  id: 'allowlist-unpinned',
  question: 'install-time-execution',
  title: 'A script allowlist entry is not pinned to a version',
  description:
    'An entry that allows install scripts names a package without a version (npm `allowScripts: { "esbuild": true }`, pnpm `allowBuilds: { esbuild: true }` or `onlyBuiltDependencies: [esbuild]`, Yarn `dependenciesMeta.esbuild.built: true`, Bun `trustedDependencies`). The approval was for the code reviewed then; any later version of that package, including a hijacked one, inherits it. npm (`"esbuild@0.25.0": true`), pnpm \u2265 10.19 (`esbuild@0.25.0 || 0.25.1`) and Yarn (`esbuild@0.25.0`) accept pinned entries; Bun only accepts names.',
  severity: 'low',
  severityRule: [
    { severity: 'low', when: 'the client accepts a pinned entry (npm, pnpm, Yarn) and this one names no version' },
    {
      severity: 'info',
      when: 'Bun `trustedDependencies`: Bun accepts only names, so nothing can be pinned; the exposure is recorded for review on upgrades',
    },
  ],
  confidence: 'high',
  messages: {
    bare: '{key} in {label} allows install scripts for every version of {name}',
    bunName:
      '{key} in {label} allows install scripts for every version of {name}; Bun accepts only names, so review its scripts whenever bun.lock upgrades it',
  },
  remediation:
    'Pin the entry to the reviewed version (`npm install-scripts approve --allow-scripts-pin`, `"name@1.2.3": true`), and re-approve on upgrade.',
  limitations:
    'Entries read from `onlyBuiltDependenciesFile` are not read. Bun cannot pin entries; the finding still records the exposure.',
  reads: ['manifest', 'client-config'],
  examples: {
    bad: ['install-scripts--pnpm-v9-allow-builds', 'install-scripts--bun-trusted'],
    good: ['install-scripts--npm12-allow-scripts'],
  },
  since: 'next',
} as const satisfies CheckMeta;
