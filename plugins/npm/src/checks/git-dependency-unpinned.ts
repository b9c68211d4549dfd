/** Git dependencies not pinned to a full commit, in manifests and locks. https://docs.npmjs.com/cli/configuring-npm/package-json#git-urls-as-dependencies */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import { isInside } from '../load/paths.js';
import type { LockEntry, Lockfile, NpmModel } from '../model.js';
import { entryData, fetchedEntries, pkgRef } from '../support.js';

const GIT_SPEC = /^(?:git\+|git:|github:|gitlab:|bitbucket:|[\w.-]+\/[\w.-]+(?:#|$))|\.git(?:#|$)/;

export const gitDependencyUnpinned = defineCheck<NpmModel>()({
  id: 'git-dependency-unpinned',
  question: 'lockfile-integrity',
  title: 'A git dependency is not pinned to a commit',
  description:
    'A dependency comes from a git repository and is not pinned to a full 40-character commit: the lock records no commit, or there is no lock pinning it and the manifest names a branch, a tag or nothing (`github:owner/repo#main`). Branches and tags move, so the next install (or the next lock refresh) fetches whatever the repository holds then, and git sources carry no integrity hash to notice. Git dependencies can also run `prepare` scripts on install.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    manifest:
      '{name} is declared as {spec}, a git reference that is not a full commit: it moves when the branch or tag moves',
    lock: '{name} is locked from git without a full commit ({url})',
  },
  remediation:
    'Pin the dependency to a full commit (`github:owner/repo#<40-hex sha>`), or better, depend on a published, versioned release.',
  limitations:
    'Signed tags and the content behind a commit are not checked. A bun.lock `github:` entry is pinned by the seven-digit commit Bun writes there (the name GitHub gives the tarball\u2019s top directory), which Bun fetches again by that prefix and, when the entry records one, checks against its sha512; a prefix names one commit only while no other commit in the repository shares it, and entries without the hash (older bun.lock files) have nothing else pinning the bytes.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['git-dependency-unpinned--branch', 'git-dependency-unpinned--bun-github-branch'],
    good: [
      'clean--npm-ci-with-lockfile',
      'clean--package-lock-git-dependencies-pinned',
      'clean--monorepo-self-referencing-git',
      'clean--bun-lock-github-short-commit',
    ],
  },
  since: 'next',
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
    for (const [l, e] of fetchedEntries(model)) {
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
