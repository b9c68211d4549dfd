/** Git gems that follow a branch or tag. https://bundler.io/guides/git.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { gitSourceUnpinnedMeta } from './git-source-unpinned.meta.js';

export const gitSourceUnpinned = defineCheck<GemModel>()({
  ...gitSourceUnpinnedMeta,
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
