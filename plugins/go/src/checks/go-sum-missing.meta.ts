/** The metadata of go/go-sum-missing: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const goSumMissingMeta = {
  id: 'go-sum-missing',
  question: 'lockfile-integrity',
  title: 'A module has requirements and no go.sum',
  description:
    'A go.mod requires modules and no go.sum sits beside it (nor a go.work.sum for a workspace). The first build fetches every module and trusts the checksum database alone, and a build with `-mod=mod` or `GOFLAGS=-mod=mod` can add entries nobody reviewed.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} requires {modules} and there is no go.sum beside it',
  },
  remediation: 'Run `go mod tidy` and commit go.sum.',
  limitations: 'A module used only inside a go.work workspace may keep its sums in go.work.sum.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['go-sum-missing--no-sums'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;
