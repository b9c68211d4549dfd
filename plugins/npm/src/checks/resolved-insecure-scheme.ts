/** Lock entries fetched over `http:` or the unauthenticated `git:` protocol, in every lock format. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { entryData, fetchedEntries, isLoopbackUrl, pkgRef } from '../support.js';

export const resolvedInsecureScheme = defineCheck<NpmModel>()({
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
  run(model, report) {
    for (const [, e] of fetchedEntries(model)) {
      const url = e.resolved;
      const scheme = url && /^(?:git\+)?(?:http|git):/i.exec(url)?.[0];
      if (!url || !scheme) continue;
      const { severity, why } = exposure(url, scheme, e.sourceKind === 'git' ? undefined : e.integrity, e.sourceKind);
      report({
        messageId: 'insecure',
        ...(severity ? { severity } : {}),
        data: { ...entryData(e), scheme: scheme.replace(/:$/, ''), url, why },
        at: e.resolvedAt ?? e.at,
        package: pkgRef(e),
        evidence: url,
      });
    }
  },
});

/** What the insecure transport exposes: a git fetch or an unhashed tarball can be swapped; a hashed tarball only seen. */
function exposure(
  url: string,
  scheme: string,
  integrity: string | undefined,
  kind: string | undefined,
): { severity?: 'low'; why: string } {
  if (isLoopbackUrl(url.replace(/^git\+/i, ''))) return { severity: 'low', why: '' };
  const git = /git/i.test(scheme) || kind === 'git';
  if (git)
    return { why: '; a git fetch has no hash the install checks, so anyone on the path can substitute the code' };
  if (!integrity)
    return { why: '; the lock records no integrity for it, so anyone on the path can substitute the tarball' };
  const algorithm = /^[a-z0-9]+(?=-)/i.exec(integrity)?.[0] ?? 'its hash';
  const npmjs = /^http:\/\/registry\.npmjs\.org\//i.test(url)
    ? ', and npm 7 and later fetch registry.npmjs.org tarballs from the configured registry (https by default) whatever scheme the lock wrote'
    : '';
  return {
    severity: 'low',
    why: `; the lock\u2019s integrity (${algorithm}) detects a swapped tarball, so the path can see and block the download but not change it${npmjs}`,
  };
}
