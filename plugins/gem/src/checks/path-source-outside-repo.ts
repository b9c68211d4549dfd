/** `path:` gems outside the checkout. https://bundler.io/man/gemfile.5.html#PATH */
import { defineCheck, leavesRoot } from '@inert/core';
import type { GemModel } from '../model.js';

export const pathSourceOutsideRepo = defineCheck<GemModel>()({
  id: 'path-source-outside-repo',
  question: 'pre-install-execution',
  title: 'A gem is loaded from a path outside the checkout',
  description:
    'A `path:` gem points outside the repository (an absolute path or one that climbs above the root). Bundler evaluates that directory\u2019s gemspec and loads its code on every bundle command: code nobody reviewing this repository can see, that differs between machines.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    outside: '{name} is loaded from {path}, outside the checkout',
  },
  remediation: 'Vendor the gem into the repository, or publish it and depend on a version.',
  limitations: 'Paths inside the checkout are reviewable and not reported.',
  reads: ['manifest'],
  examples: { bad: ['path-source-outside-repo--sibling-checkout'], good: ['clean--lockfile-only'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      for (const g of m.gems) {
        const p = g.options.path;
        if (p && leavesRoot(m.dir, p)) report({ messageId: 'outside', data: { name: g.name, path: p }, at: g.at, package: { name: g.name } });
      }
    }
  },
});

