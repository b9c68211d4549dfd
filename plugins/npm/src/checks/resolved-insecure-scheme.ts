/** Lock entries fetched over `http:` or the unauthenticated `git:` protocol, in every lock format. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { entryData, fetchedOf, isLoopbackUrl, pkgRef } from '../support.js';
import { resolvedInsecureSchemeMeta } from './resolved-insecure-scheme.meta.js';

export const resolvedInsecureScheme = defineCheck<NpmModel>()({
  ...resolvedInsecureSchemeMeta,
  run(model, report) {
    for (const lock of model.locks)
      for (const e of fetchedOf(lock)) {
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
