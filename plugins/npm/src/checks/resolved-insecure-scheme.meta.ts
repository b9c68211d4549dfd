/** The metadata of npm/resolved-insecure-scheme: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const resolvedInsecureSchemeMeta = {
  id: 'resolved-insecure-scheme',
  question: 'lockfile-integrity',
  title: 'A dependency is fetched over an insecure transport',
  description:
    'A lock entry\u2019s resolved URL (package-lock and yarn classic `resolved`, yarn berry `resolution`, pnpm `resolution.tarball`/`repo`, bun.lock\u2019s source) uses `http:` or `git:` (or `git+http:`): anyone on the network path can substitute the bytes. A git fetch has no hash the install checks, nor does a tarball the lock records no integrity for; with an integrity hash the swap of a tarball is detected and the install fails, so what is left is that the path sees (and can block) what is downloaded.',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: 'the host is reachable over a network and the entry is a git fetch (no hash the install checks) or a tarball the lock records no integrity for: anyone on the path can substitute the bytes',
    },
    {
      severity: 'low',
      when: 'the entry is a tarball and the lock records its integrity: every client checks the downloaded bytes against it (npm, Yarn classic \u2265 1.10, pnpm, Bun), so the path can see and block the download but not change it; npm 7 and later also fetch `registry.npmjs.org` tarballs from the configured registry (`https:` by default) whatever scheme the lock wrote (@npmcli/arborist `registryResolved`, the `replace-registry-host` default); or the host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`), as in test fixtures against a local Verdaccio: nothing crosses a network, but the lock only installs where that registry runs',
    },
  ],
  confidence: 'high',
  messages: { insecure: '{name}@{version} is resolved over {scheme}: {url}{why}' },
  remediation: 'Use `https:` (or `git+https:`/`git+ssh:`) URLs and regenerate the lock.',
  limitations: 'Only the lock is read; a registry configured over http: is reported by npm/registry-over-http.',
  reads: ['lockfile'],
  examples: {
    bad: [
      'resolved-insecure-scheme--http-tarball',
      'resolved-insecure-scheme--yarn-classic-http',
      'resolved-insecure-scheme--localhost-fixture',
    ],
    good: ['clean--npm-ci-with-lockfile', 'clean--yarn-classic'],
  },
  since: 'next',
} as const satisfies CheckMeta;
