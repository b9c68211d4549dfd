/** Several global gem sources: the dependency-confusion shape Bundler warns about. https://bundler.io/man/gemfile.5.html#SOURCE */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const multipleGlobalSources = defineCheck<GemModel>()({
  id: 'multiple-global-sources',
  question: 'multi-source-resolution',
  title: 'Gems can come from more than one global source',
  description:
    'The Gemfile declares more than one top-level `source`, or a lockfile GEM section lists several remotes. Any gem not pinned to a source block can then be resolved from any of them — a public gem server can serve a gem with the name of a private one (dependency confusion). Scoped `source "…" do … end` blocks pin gems to one source and are the fix.',
  severity: 'high',
  confidence: 'high',
  messages: {
    gemfile: '{file} declares {count} global sources ({urls}): unscoped gems may come from any of them',
    lockfile: '{file} has one GEM section with {count} remotes ({urls})',
  },
  remediation: 'Keep one global source (rubygems.org) and put private gems in `source "https://private.example" do … end` blocks.',
  limitations: 'Bundler 2.x resolves each gem from a single source after locking; the risk is in the resolution that writes the lock.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['multiple-global-sources--two-sources'], good: ['clean--scoped-private-source'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      const global = m.sources.filter((s) => !s.scoped);
      if (global.length > 1) report({ messageId: 'gemfile', data: { file: m.path, count: global.length, urls: global.map((s) => s.url).join(', ') }, at: global[1]!.at, related: [global[0]!.at], key: m.path });
    }
    for (const l of model.locks) {
      // Scoped sources get a GEM section each; several remotes in one section are the global kind.
      for (const section of new Set(l.gemRemotes.map((r) => r.section))) {
        const remotes = l.gemRemotes.filter((r) => r.section === section);
        if (remotes.length > 1) report({ messageId: 'lockfile', data: { file: l.path, count: remotes.length, urls: remotes.map((r) => r.url).join(', ') }, at: { file: l.path, line: remotes[1]!.line, column: 3 }, key: `${l.path}#${section}` });
      }
    }
  },
});
