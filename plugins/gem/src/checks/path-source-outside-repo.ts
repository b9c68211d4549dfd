/** `path:` gems outside the checkout. https://bundler.io/man/gemfile.5.html#PATH */
import { defineCheck, leavesRoot } from '@inert/core';
import type { GemModel } from '../model.js';
import { pathSourceOutsideRepoMeta } from './path-source-outside-repo.meta.js';

export const pathSourceOutsideRepo = defineCheck<GemModel>()({
  ...pathSourceOutsideRepoMeta,
  run(model, report) {
    for (const m of model.manifests) {
      for (const g of m.gems) {
        const p = g.options.path;
        if (p && leavesRoot(m.dir, p))
          report({ messageId: 'outside', data: { name: g.name, path: p }, at: g.at, package: { name: g.name } });
      }
      for (const c of m.gemspecCalls)
        if (c.path && leavesRoot(m.dir, c.path))
          report({ messageId: 'gemspec', data: { path: c.path }, at: c.at, key: c.path });
    }
    // A lock committed without its Gemfile still names PATH sources.
    for (const l of model.locks) {
      if (model.manifests.some((m) => m.kind === 'gemfile' && m.dir === l.dir)) continue;
      for (const s of l.specs) {
        if (s.section === 'PATH' && s.remote && leavesRoot(l.dir, s.remote))
          report({
            messageId: 'outside',
            data: { name: s.name, path: s.remote },
            at: { file: l.path, line: s.line, column: 5 },
            package: { name: s.name, version: s.version },
          });
      }
    }
  },
});
