/** Lock entries fetched over `http:` or the unauthenticated `git:` protocol. */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';

export const resolvedInsecureScheme = defineCheck<NpmModel>()({
  id: 'resolved-insecure-scheme',
  question: 'lockfile-integrity',
  title: 'A dependency is fetched over an insecure transport',
  description:
    'A lock entry\u2019s `resolved` URL uses `http:` or `git:` (or `git+http:`): anyone on the network path can substitute the bytes. With an integrity hash the tarball swap is detected, but a git fetch has no hash to check, and the metadata requests around it are still exposed.',
  severity: 'high',
  confidence: 'high',
  messages: {
    insecure: '{name}@{version} is resolved over {scheme}: {url}',
  },
  remediation: 'Use `https:` (or `git+https:`/`git+ssh:`) URLs and regenerate the lock.',
  limitations: 'Only the lock is read; a registry configured over http: is reported by npm/registry-over-http.',
  reads: ['lockfile'],
  examples: { bad: ['resolved-insecure-scheme--http-tarball'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    for (const lock of model.locks) {
      for (const entry of lock.entries) {
        const url = entry.resolved;
        const scheme = url && /^(git\+)?(http|git):/i.exec(url)?.[0];
        if (!url || !scheme) continue;
        report({
          messageId: 'insecure',
          data: { name: entry.name, version: entry.version ?? '?', scheme: scheme.replace(/:$/, ''), url },
          at: { doc: lock.doc, route: [...entry.route, 'resolved'], part: 'value' },
          package: entry.version ? { name: entry.name, version: entry.version } : { name: entry.name },
          evidence: url,
        });
      }
    }
  },
});
