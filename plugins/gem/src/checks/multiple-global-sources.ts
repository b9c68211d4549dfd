/** Several global gem sources: the dependency-confusion shape Bundler warns about. https://bundler.io/man/gemfile.5.html#SOURCE */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { multipleGlobalSourcesMeta } from './multiple-global-sources.meta.js';

/** Bundler 1.16.0–2.2.17 except 2.2.10 (CVE-2020-36327, fixed by explicit per-dependency sources in 2.2.18). */
function vulnerableBundler(version: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return false;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = a * 1_000_000 + b * 1_000 + c;
  return n >= 1_016_000 && n <= 2_002_017 && n !== 2_002_010;
}

export const multipleGlobalSources = defineCheck<GemModel>()({
  ...multipleGlobalSourcesMeta,
  run(model, report) {
    for (const m of model.manifests) {
      const global = m.sources.filter((s) => !s.scoped);
      if (global.length > 1)
        report({
          messageId: 'gemfile',
          data: { file: m.path, count: global.length, urls: global.map((s) => s.url).join(', ') },
          at: global[1]!.at,
          related: [global[0]!.at],
          key: m.path,
        });
    }
    for (const l of model.locks) {
      // Scoped sources get a GEM section each; several remotes in one section are the global kind.
      for (const section of new Set(l.gemRemotes.map((r) => r.section))) {
        const remotes = l.gemRemotes.filter((r) => r.section === section);
        if (remotes.length > 1)
          report({
            messageId: 'lockfile',
            data: { file: l.path, count: remotes.length, urls: remotes.map((r) => r.url).join(', ') },
            at: { file: l.path, line: remotes[1]!.line, column: 3 },
            key: `${l.path}#${section}`,
          });
      }
      const count = new Set(l.gemRemotes.map((r) => r.url)).size;
      if (count > 1 && l.bundledWith && vulnerableBundler(l.bundledWith)) {
        report({
          messageId: 'oldBundler',
          data: { file: l.path, version: l.bundledWith, count },
          at: { file: l.path, line: l.gemRemotes[1]!.line, column: 3 },
          key: `${l.path}#old`,
        });
      }
    }
  },
});
