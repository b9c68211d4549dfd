/** The metadata of cargo/lockfile-missing: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockfileMissingMeta = {
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'Binaries are built without a committed Cargo.lock',
  description:
    'A crate with binary targets (src/main.rs or [[bin]]) has no Cargo.lock in its directory or any workspace root above it. Every build resolves versions afresh: a newly published (or compromised) version is picked up without review, and no checksum pins the bytes. Libraries may leave the lock out; binaries should not (the Cargo FAQ recommends committing it).',
  severity: 'low',
  confidence: 'medium',
  messages: {
    missing: '{crate} builds binaries and no Cargo.lock is committed',
  },
  remediation: 'Commit Cargo.lock and build with `--locked` in CI.',
  limitations:
    'Binary targets are recognised from [[bin]] tables and auto-discovered src/main.rs and src/bin/ files. The crate\u2019s workspace is found as cargo finds it (the first `[workspace]` above it that does not `exclude` it, or a `package.workspace` pointer); a Cargo.lock in a directory above whose Cargo.toml is not in the scan is counted as the crate\u2019s lock.',
  reads: ['manifest', 'lockfile', 'build-script'],
  examples: {
    bad: [
      'lockfile-missing--binary-without-lock',
      'lockfile-missing--src-bin-workspace',
      'lockfile-missing--excluded-from-workspace',
    ],
    good: ['clean--locked-registry-crates', 'clean--build-disabled', 'clean--workspace-exclude-path-prefix'],
  },
  since: 'next',
} as const satisfies CheckMeta;
