/** Gem sources and git remotes over http: or git://. https://bundler.io/man/gemfile.5.html#SOURCE */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

const INSECURE = /^(?:http|git):\/\//i;

export const sourceInsecure = defineCheck<GemModel>()({
  id: 'source-insecure',
  question: 'multi-source-resolution',
  title: 'Gems are fetched over an insecure transport',
  description:
    'A gem source or a git remote uses `http://` or `git://`: anyone on the network path can substitute gems or commits, and without CHECKSUMS nothing notices.',
  severity: 'high',
  confidence: 'high',
  messages: {
    source: '{file} uses {url}',
  },
  remediation: 'Use https:// sources and https:// or ssh git remotes.',
  limitations: 'Mirrors configured outside the checkout are not seen.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['source-insecure--http-source'], good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'] },
  since: 'next',
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
