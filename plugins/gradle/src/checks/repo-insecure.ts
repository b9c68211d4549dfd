/** Repositories over http: or with allowInsecureProtocol. https://docs.gradle.org/current/userguide/declaring_repositories.html#allowing_insecure_protocol */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { repoInsecureMeta } from './repo-insecure.meta.js';

export const repoInsecure = defineCheck<GradleModel>()({
  ...repoInsecureMeta,
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
