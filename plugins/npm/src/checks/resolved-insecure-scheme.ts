/** Lock entries fetched over `http:` or the unauthenticated `git:` protocol, in every lock format. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { entryData, fetchedEntries, isLoopbackUrl, pkgRef } from '../support.js';

export const resolvedInsecureScheme = defineCheck<NpmModel>()({
  id: 'resolved-insecure-scheme',
  question: 'lockfile-integrity',
  title: 'A dependency is fetched over an insecure transport',
  description:
    'A lock entry\u2019s resolved URL (package-lock and yarn classic `resolved`, yarn berry `resolution`, pnpm `resolution.tarball`/`repo`, bun.lock\u2019s source) uses `http:` or `git:` (or `git+http:`): anyone on the network path can substitute the bytes. With an integrity hash the tarball swap is detected, but a git fetch has no hash to check, and the metadata requests around it are still exposed.',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: 'the host is reachable over a network: anyone on the path can substitute what a git fetch or a new resolution receives',
    },
    {
      severity: 'low',
      when: 'the host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`), as in test fixtures against a local Verdaccio: nothing crosses a network, but the lock only installs where that registry runs',
    },
  ],
  confidence: 'high',
  messages: { insecure: '{name}@{version} is resolved over {scheme}: {url}' },
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
  run(model, report) {
    for (const [, e] of fetchedEntries(model)) {
      const url = e.resolved;
      const scheme = url && /^(?:git\+)?(?:http|git):/i.exec(url)?.[0];
      if (!url || !scheme) continue;
      report({
        messageId: 'insecure',
        ...(isLoopbackUrl(url.replace(/^git\+/i, '')) ? { severity: 'low' as const } : {}),
        data: { ...entryData(e), scheme: scheme.replace(/:$/, ''), url },
        at: e.resolvedAt ?? e.at,
        package: pkgRef(e),
        evidence: url,
      });
    }
  },
});
