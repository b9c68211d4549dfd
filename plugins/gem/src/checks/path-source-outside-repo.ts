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
    gemspec: '`gemspec path: {path}` loads a gemspec from outside the checkout',
  },
  remediation: 'Vendor the gem into the repository, or publish it and depend on a version.',
  limitations: 'Paths inside the checkout are reviewable and not reported.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: ['path-source-outside-repo--sibling-checkout'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
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
