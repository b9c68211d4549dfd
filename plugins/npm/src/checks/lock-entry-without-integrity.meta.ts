/** The metadata of npm/lock-entry-without-integrity: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockEntryWithoutIntegrityMeta = {
  id: 'lock-entry-without-integrity',
  question: 'lockfile-integrity',
  title: 'A lock entry pins a version but no content hash',
  description:
    'A lock entry fetched from a registry or a tarball URL has no content hash (package-lock `integrity`, yarn classic `integrity`, yarn berry `checksum`, pnpm `resolution.integrity`, bun.lock\u2019s integrity field): the client installs whatever bytes the server returns. The lock then pins a name and version and trusts the registry never to change the bytes behind them. Git, file, link and workspace entries legitimately have no hash and are not reported; neither are bundled dependencies, which arrive inside their parent\u2019s tarball. Yarn berry leaves out the checksum of platform-conditional packages it did not fetch when the lock was written; those are reported at low severity.',
  severity: 'medium',
  severityRule: [
    { severity: 'medium', when: 'a registry or tarball entry has no content hash' },
    {
      severity: 'low',
      when: 'a Yarn berry entry is platform-conditional: Yarn leaves out the checksum of packages it did not fetch for this platform',
    },
  ],
  confidence: 'high',
  messages: {
    missing: '{name}@{version} is locked from {source} without an integrity hash: any bytes served for it are accepted',
    conditional:
      '{name}@{version} is only installed on some platforms ({lock} has no checksum for it): the first install on such a platform accepts any bytes',
  },
  remediation:
    'Regenerate the entry so the client records a hash (npm: delete it and run `npm install --package-lock-only`; yarn berry: `yarn install --check-cache` on each platform, or `supportedArchitectures` in .yarnrc.yml), and review why it was missing.',
  limitations: 'A hash added by hand is not verified against the registry (inert is offline).',
  reads: ['lockfile'],
  examples: {
    bad: [
      'lock-entry-without-integrity--registry-entry',
      'lock-entry-without-integrity--yarn-berry-conditional',
      'lock-entry-without-integrity--other-locks',
    ],
    good: [
      'clean--npm-ci-with-lockfile',
      'clean--yarn-classic',
      'clean--pnpm-v9-workspace',
      'clean--package-lock-git-dependencies-pinned',
    ],
  },
  since: 'next',
} as const satisfies CheckMeta;
