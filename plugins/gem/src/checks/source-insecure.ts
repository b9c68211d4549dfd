/** Gem sources and git remotes over http: or git://. https://bundler.io/man/gemfile.5.html#SOURCE */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { sourceInsecureMeta } from './source-insecure.meta.js';

const INSECURE = /^(?:http|git):\/\//i;

export const sourceInsecure = defineCheck<GemModel>()({
  ...sourceInsecureMeta,
  run(model, report) {
    for (const m of model.manifests) {
      for (const s of m.sources)
        if (INSECURE.test(s.url))
          report({ messageId: 'source', data: { file: m.path, url: s.url }, at: s.at, key: s.url });
      for (const g of m.gems) {
        const url = g.options.git ?? g.options.source;
        if (url && INSECURE.test(url))
          report({ messageId: 'source', data: { file: m.path, url }, at: g.at, package: { name: g.name }, key: url });
      }
    }
    for (const l of model.locks) {
      for (const r of [...l.gemRemotes, ...l.gitRemotes])
        if (INSECURE.test(r.url))
          report({
            messageId: 'source',
            data: { file: l.path, url: r.url },
            at: { file: l.path, line: r.line, column: 3 },
            key: r.url,
          });
    }
  },
});
