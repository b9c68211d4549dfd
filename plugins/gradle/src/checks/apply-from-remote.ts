/** `apply from:` a URL: code fetched and run on every build. https://docs.gradle.org/current/userguide/plugins.html#sec:script_plugins */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { applyFromRemoteMeta } from './apply-from-remote.meta.js';

export const applyFromRemote = defineCheck<GradleModel>()({
  ...applyFromRemoteMeta,
  run(model, report) {
    for (const s of model.scripts)
      for (const a of s.applyFrom)
        if (/^[a-z]+:\/\//i.test(a.url))
          report({ messageId: 'remote', data: { file: s.path, url: a.url }, at: a.at, key: a.url });
  },
});
