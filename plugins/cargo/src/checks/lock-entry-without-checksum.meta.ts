/** The metadata of cargo/lock-entry-without-checksum: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockEntryWithoutChecksumMeta = {
  id: 'lock-entry-without-checksum',
  question: 'lockfile-integrity',
  title: 'A registry crate is locked without a checksum',
  description:
    'A Cargo.lock entry from a registry has no `checksum` (nor a v1 `[metadata]` checksum, or one that says `<none>`). Every registry index records a sha256 (`cksum`) per version and cargo writes it into the lock, so a missing one means the lock was edited or produced by other tooling; cargo then has nothing to compare the downloaded `.crate` with, and fills in whatever it downloads next time. Git and path entries legitimately have none: a git source pins a commit in its URL, a path crate is in the checkout.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{name} {version} is locked from {source} without a checksum',
    none: '{name} {version} has checksum `<none>` in the v1 [metadata] table',
  },
  remediation:
    'Regenerate the entry (`cargo update -p {name} --precise {version}`) so cargo records its checksum, find out why it was missing, and build with `--locked`.',
  limitations:
    'Checksums are not verified against the registry (inert is offline); a forged checksum looks like a real one.',
  reads: ['lockfile'],
  examples: {
    bad: ['lock-entry-without-checksum--registry-entry', 'lock-entry-without-checksum--v1-metadata-none'],
    good: ['clean--locked-registry-crates', 'clean--lock-v1-metadata-checksums', 'clean--git-dependency-pinned-rev'],
  },
  since: 'next',
} as const satisfies CheckMeta;
