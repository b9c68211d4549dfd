/** Git dependencies not pinned to a full commit, in manifests and locks. https://docs.npmjs.com/cli/configuring-npm/package-json#git-urls-as-dependencies */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import { isInside } from '../load/paths.js';
import type { LockEntry, Lockfile, NpmModel } from '../model.js';
import { entryData, fetchedOf, pkgRef } from '../support.js';
import { gitDependencyUnpinnedMeta } from './git-dependency-unpinned.meta.js';

const GIT_SPEC = /^(?:git\+|git:|github:|gitlab:|bitbucket:|[\w.-]+\/[\w.-]+(?:#|$))|\.git(?:#|$)/;

export const gitDependencyUnpinned = defineCheck<NpmModel>()({
  ...gitDependencyUnpinnedMeta,
  run(model, report) {
    const pinned = (l: Lockfile, e: LockEntry) =>
      /^[0-9a-f]{40}$/i.test(e.commit ?? /#(?:commit=)?([0-9a-f]{40})$/i.exec(e.resolved ?? '')?.[1] ?? '') ||
      bunGithubCommit(l, e);
    // Names each lock pins to a commit, built once: looking through every entry for every dependency
    // took 20 s on a package-lock of 25,000 dependencies (#20 class 3).
    const pinnedNames = new Map<Lockfile, Set<string>>();
    const pinnedIn = (l: Lockfile) => {
      let names = pinnedNames.get(l);
      if (!names)
        pinnedNames.set(
          l,
          (names = new Set(l.entries.filter((e) => pinned(l, e)).map((e) => e.declaredName ?? e.name))),
        );
      return names;
    };
    for (const m of model.manifests) {
      // the lock pins the commit: `npm ci`/frozen installs are reproducible until someone refreshes the lock
      const locks = model.locks.filter((l) => isInside(m.dir, l.dir));
      for (const d of m.dependencies) {
        const spec = d.spec.replace(/^npm:/, '');
        if (!GIT_SPEC.test(spec) || /^[a-z]+:\/\/[^#]*\.tgz$/.test(spec) || spec.startsWith('file:')) continue;
        if (/#(?:commit=)?[0-9a-f]{40}$/i.test(spec)) continue;
        if (locks.some((l) => pinnedIn(l).has(d.name))) continue;
        report({
          messageId: 'manifest',
          data: { name: d.name, spec: d.spec },
          at: d.at,
          key: `${m.path}#${d.field}.${d.name}`,
          evidence: d.spec,
        });
      }
    }
    for (const l of model.locks)
      for (const e of fetchedOf(l)) {
        if (sourceOf(e).kind !== 'git') continue;
        if (pinned(l, e)) continue;
        report({
          messageId: 'lock',
          data: { ...entryData(e), url: e.resolved ?? '?' },
          at: e.resolvedAt ?? e.at,
          package: pkgRef(e),
        });
      }
  },
});

/**
 * bun.lock's `github:` entries carry the commit GitHub named the tarball's top directory with
 * (`owner-repo-98e8ff1`), seven hex digits: Bun writes `name@github:owner/repo#<what follows the last
 * '-'>` (Repository.Formatter, src/install/repository.zig) from that directory name
 * (src/install/extract_tarball.zig: "the root dir is always <user>-<repo>-<commit_id>"), reads it back
 * as the committish (`Resolution.fromTextLockfile`) and fetches `api.github.com/repos/owner/repo/tarball/<it>`
 * (`allocGitHubURL`), checking the sha512 it recorded after it when there is one (oven-sh/bun#27019,
 * GHSA-pfwx-36v6-832x, merged February 2026; read at bun.lock.zig 04f9415e, repository.zig 009adfd2,
 * extract_tarball.zig 017f44e8). That is a pin to one
 * commit for as long as the prefix is unambiguous; a branch or tag name is not, and full commits are
 * handled above.
 */
function bunGithubCommit(l: Lockfile, e: LockEntry): boolean {
  return l.client === 'bun' && /^github:/.test(e.resolved ?? '') && /^[0-9a-f]{7,40}$/i.test(e.commit ?? '');
}
