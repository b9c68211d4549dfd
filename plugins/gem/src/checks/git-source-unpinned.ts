/** Git gems that follow a branch or tag. https://bundler.io/guides/git.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const gitSourceUnpinned = defineCheck<GemModel>()({
  id: 'git-source-unpinned',
  question: 'lockfile-integrity',
  title: 'A git gem follows a branch or tag',
  description:
    'A gem comes from git with a `branch`, a `tag`, a `ref` that is not a full commit sha, or the default branch. The lock records the revision it resolved, but `bundle update` (or a lock that lacks the GIT entry) moves to whatever the branch points at now, and tags can be moved.',
  severity: 'low',
  confidence: 'high',
  messages: {
    unpinned: '{name} follows {what} of {url}{locked}',
  },
  remediation: 'Pin `ref: "<full commit sha>"` in the Gemfile.',
  limitations:
    'A revision pinned only in the lock is still reported when the Gemfile names a branch: the next update moves it.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['git-source-unpinned--branch'], good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      for (const g of m.gems) {
        const url = g.options.git ?? (g.options.github ? `https://github.com/${g.options.github}` : undefined);
        if (!url || /^[0-9a-f]{40}$/i.test(g.options.ref ?? '')) continue;
        const what = g.options.ref
          ? `ref ${g.options.ref} (not a full commit sha)`
          : g.options.branch
            ? `branch ${g.options.branch}`
            : g.options.tag
              ? `tag ${g.options.tag}`
              : 'the default branch';
        const locked = model.locks
          .find((l) => l.dir === m.dir)
          ?.gitRemotes.find((r) => r.url.replace(/\.git$/, '') === url.replace(/\.git$/, ''))?.revision;
        report({
          messageId: 'unpinned',
          data: {
            name: g.name,
            what,
            url,
            locked: locked ? ` (locked at ${locked.slice(0, 12)} until the next update)` : ' and no revision is locked',
          },
          at: g.at,
          package: { name: g.name },
        });
      }
    }
  },
});
