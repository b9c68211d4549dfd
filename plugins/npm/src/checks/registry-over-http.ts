/** Registries configured over plain `http:`. https://docs.npmjs.com/cli/configuring-npm/npmrc */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { isLoopbackUrl } from '../support.js';
import { registryOverHttpMeta } from './registry-over-http.meta.js';

export const registryOverHttp = defineCheck<NpmModel>()({
  ...registryOverHttpMeta,
  run(model, report) {
    for (const r of model.registries) {
      if (!/^http:/i.test(r.url)) continue;
      report({
        messageId: 'http',
        ...(isLoopbackUrl(r.url) ? { severity: 'low' as const } : {}),
        data: { file: r.file, url: r.url, what: r.scope ? `${r.scope} packages` : 'every unscoped package' },
        at: r.at,
        key: `${r.file}#${r.key}`,
        evidence: r.url,
      });
    }
  },
});
