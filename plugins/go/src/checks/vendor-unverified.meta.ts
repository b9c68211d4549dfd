/** The metadata of go/vendor-unverified: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const vendorUnverifiedMeta = {
  id: 'vendor-unverified',
  question: 'lockfile-integrity',
  title: 'A vendor directory is built without checksum verification',
  description:
    'A committed `vendor/` tree (with `vendor/modules.txt`) is what `go build` compiles by default when go.mod says go 1.14 or later. go checks that modules.txt agrees with go.mod, but never hashes the vendored files against go.sum: an edit inside vendor/ is built silently. The finding also says when modules.txt lists versions that differ from go.mod.',
  severity: 'low',
  confidence: 'high',
  messages: {
    vendored: '{file} lists {modules}; their files are not checked against go.sum',
    stale: '{file} lists {module}@{listed} but {mod} requires {required}',
  },
  remediation:
    'Review vendor/ changes like source code, or verify it in CI with `go mod vendor` and `git diff --exit-code vendor/`.',
  limitations: 'The vendored files themselves are not read (vendor/ is skipped by the walk).',
  reads: ['lockfile', 'manifest'],
  examples: { bad: ['vendor-unverified--vendored'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;
