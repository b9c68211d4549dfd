/** The metadata of go/go-sum-entry-missing: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const goSumEntryMissingMeta = {
  id: 'go-sum-entry-missing',
  question: 'lockfile-integrity',
  title: 'A required module version is not in go.sum',
  description:
    'go.mod requires a module version for which go.sum has neither the module hash nor the go.mod hash. The next command that needs it fetches it and, unless verification is off, asks the checksum database; the bytes were never pinned in the reviewed tree. (Since Go 1.17 go.sum may omit the zip hash of modules not needed for the build, so only a version with no line at all is reported.)',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    missing: '{module}@{version} is required by {file} and has no line in {sum}',
  },
  remediation: 'Run `go mod tidy` (or `go mod download`) and commit the updated go.sum.',
  limitations: 'Workspace modules whose sums live in go.work.sum are checked against that file too.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['go-sum-entry-missing--stale-sum'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;
