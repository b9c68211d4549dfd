/** Repositories over http: or with allowInsecureProtocol. https://docs.gradle.org/current/userguide/declaring_repositories.html#allowing_insecure_protocol */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const repoInsecure = defineCheck<GradleModel>()({
  id: 'repo-insecure',
  question: 'multi-source-resolution',
  title: 'A repository is used over an insecure transport',
  description:
    'A repository URL uses `http:` (Gradle refuses it unless `allowInsecureProtocol = true` is set) or sets `allowInsecureProtocol`: anyone on the network path can serve different artifacts, and without dependency verification nothing notices.',
  severity: 'high',
  confidence: 'high',
  messages: {
    http: '{file} declares a repository over http: {url}',
    flag: '{file} sets allowInsecureProtocol on a repository',
  },
  remediation: 'Use https:// repositories and remove allowInsecureProtocol.',
  limitations: 'Computed repository URLs are reported as opaque instead.',
  reads: ['build-script'],
  examples: {
    bad: ['repo-insecure--http-and-flag'],
    good: ['clean--wrapper-with-checksum', 'clean--kotlin-trailing-lambdas'],
  },
  since: 'next',
  run(model, report) {
    for (const s of model.scripts) {
      for (const r of s.repos) {
        if (r.url && /^http:\/\//i.test(r.url))
          report({ messageId: 'http', data: { file: s.path, url: r.url }, at: r.at, key: r.url });
        else if (r.insecureFlag)
          report({ messageId: 'flag', data: { file: s.path }, at: r.at, key: `${r.kind}:${r.url ?? r.block}` });
      }
    }
  },
});
