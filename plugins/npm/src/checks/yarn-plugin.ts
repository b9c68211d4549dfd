/** Yarn berry `plugins`: JavaScript run by every yarn command, checked in or downloaded. https://yarnpkg.com/configuration/yarnrc#plugins */
import { defineCheck } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import type { NpmModel } from '../model.js';
import { yarnPluginMeta } from './yarn-plugin.meta.js';

/**
 * `yarn plugin import workspace-tools` writes `spec: "@yarnpkg/plugin-workspace-tools"`: a name from Yarn's
 * list of official plugins, downloaded from Yarn's repository for the running version
 * (https://yarnpkg.com/cli/plugin/import). A URL or any other name is a third-party plugin.
 */
const OFFICIAL = /^@yarnpkg\/plugin-[a-z][a-z0-9-]{0,63}(?:@[\w.-]{1,64})?$/;

export const yarnPlugin = defineCheck<NpmModel>()({
  ...yarnPluginMeta,
  run(model, report) {
    for (const y of model.yarnrcYmls) {
      if (!Array.isArray(y.value.plugins)) continue;
      y.value.plugins.forEach((p, i) => {
        // "- path: .yarn/plugins/x.cjs\n  spec: https://…" or "- .yarn/plugins/x.cjs"
        const path = typeof p === 'string' ? p : isRecord(p) && typeof p.path === 'string' ? p.path : '?';
        const raw = isRecord(p) && typeof p.spec === 'string' ? p.spec : undefined;
        const official = raw !== undefined && OFFICIAL.test(raw);
        report({
          messageId: official ? 'official' : 'plugin',
          ...(official ? { severity: 'low' as const } : {}),
          data: { file: y.path, path, spec: official ? raw : raw !== undefined ? ` (from ${raw})` : '' },
          at: { doc: y.doc, route: ['plugins', i], part: 'value' },
          key: `${y.path}#${path}`,
          evidence: path,
        });
      });
    }
  },
});
