/** Registry gems absent from CHECKSUMS. https://bundler.io/man/bundle-lock.1.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { lockfileChecksumMissingEntryMeta } from './lockfile-checksum-missing-entry.meta.js';

export const lockfileChecksumMissingEntry = defineCheck<GemModel>()({
  ...lockfileChecksumMissingEntryMeta,
  run(model, report) {
    for (const l of model.locks) {
      if (!l.checksums) continue;
      for (const s of l.specs) {
        if (s.section !== 'GEM' || l.checksums.has(`${s.name}-${s.version}${s.platform ? `-${s.platform}` : ''}`))
          continue;
        report({
          messageId: 'missing',
          data: { name: s.name, version: s.version, remote: s.remote ?? '?', file: l.path },
          at: { file: l.path, line: s.line, column: 5 },
          package: { name: s.name, version: s.version },
        });
      }
    }
  },
});
