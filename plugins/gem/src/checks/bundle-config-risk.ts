/** Committed Bundler config that redirects or weakens installs. https://bundler.io/man/bundle-config.1.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { bundleConfigRiskMeta } from './bundle-config-risk.meta.js';

export const bundleConfigRisk = defineCheck<GemModel>()({
  ...bundleConfigRiskMeta,
  run(model, report) {
    for (const c of model.configs) {
      for (const [key, value] of Object.entries(c.values)) {
        const at = { doc: c.doc, route: [key], part: 'key' as const };
        if (key.startsWith('BUNDLE_MIRROR__'))
          report({
            messageId: 'mirror',
            data: {
              file: c.path,
              from: key.slice('BUNDLE_MIRROR__'.length).toLowerCase().replace(/__/g, '.'),
              to: value,
            },
            at,
            key,
          });
        else if (key === 'BUNDLE_DISABLE_CHECKSUM_VALIDATION' && /^(?:true|1)$/i.test(value))
          report({ messageId: 'checksums', severity: 'high', data: { file: c.path, key, value }, at, key });
        else if (key.startsWith('BUNDLE_BUILD__'))
          report({ messageId: 'build', severity: 'low', data: { file: c.path, key }, at, key });
        else if (key === 'BUNDLE_FORCE_RUBY_PLATFORM' && /^(?:true|1)$/i.test(value))
          report({ messageId: 'forceRuby', severity: 'low', data: { file: c.path, key, value }, at, key });
        else if (key === 'BUNDLE_GEMFILE')
          report({ messageId: 'gemfile', data: { file: c.path, key, value }, at, key });
      }
    }
  },
});
