/** Registry gems absent from CHECKSUMS. https://bundler.io/man/bundle-lock.1.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const lockfileChecksumMissingEntry = defineCheck<GemModel>()({
  id: 'lockfile-checksum-missing-entry',
  question: 'lockfile-integrity',
  title: 'A locked gem is missing from CHECKSUMS',
  description:
    'The lockfile has a CHECKSUMS section but a gem from a gem server (a GEM section) has no sha256 there, so its bytes are not pinned while the others are. Path and git gems legitimately have none.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{name} {version} from {remote} has no checksum in {file}',
  },
  remediation: 'Run `bundle lock --add-checksums` again and find out why the entry was missing.',
  limitations: 'Checksums are not verified against the server (inert is offline).',
  reads: ['lockfile'],
  examples: {
    bad: ['lockfile-checksum-missing-entry--one-gem'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
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
