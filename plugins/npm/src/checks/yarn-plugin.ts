/** Yarn berry `plugins`: JavaScript run by every yarn command, checked in or downloaded. https://yarnpkg.com/configuration/yarnrc#plugins */
import { defineCheck } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import type { NpmModel } from '../model.js';

export const yarnPlugin = defineCheck<NpmModel>()({
  id: 'yarn-plugin',
  question: 'pre-install-execution',
  title: 'Yarn loads a plugin on every command',
  description:
    'Each entry of `plugins` in .yarnrc.yml is a JavaScript file Yarn berry loads before doing anything else, so every yarn command in the checkout runs it with the user\u2019s privileges. Entries with a `spec` URL were downloaded from that URL by `yarn plugin import`; the `checksum` Yarn records is checked on load, but only against what was downloaded then.',
  severity: 'medium',
  confidence: 'high',
  messages: { plugin: '{file} loads the Yarn plugin {path}{spec}: every yarn command runs it' },
  remediation:
    'Review plugin files like code; prefer plugins bundled with Yarn \u2265 4 (no entry needed), and keep third-party ones pinned to a reviewed commit rather than a branch URL.',
  limitations: 'The plugin code itself is not analysed.',
  reads: ['client-config'],
  examples: { bad: ['yarn-path--berry-and-classic'], good: ['clean--yarn-berry-scripts-off'] },
  since: 'next',
  run(model, report) {
    for (const y of model.yarnrcYmls) {
      if (!Array.isArray(y.value.plugins)) continue;
      y.value.plugins.forEach((p, i) => {
        // "- path: .yarn/plugins/x.cjs\n  spec: https://…" or "- .yarn/plugins/x.cjs"
        const path = typeof p === 'string' ? p : isRecord(p) && typeof p.path === 'string' ? p.path : '?';
        const spec = isRecord(p) && typeof p.spec === 'string' ? ` (from ${p.spec})` : '';
        report({
          messageId: 'plugin',
          data: { file: y.path, path, spec },
          at: { doc: y.doc, route: ['plugins', i], part: 'value' },
          key: `${y.path}#${path}`,
          evidence: path,
        });
      });
    }
  },
});
