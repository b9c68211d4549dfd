/** Process and network calls evaluated at configuration time. https://docs.gradle.org/current/userguide/configuration_cache.html#config_cache:requirements:external_processes */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { configTimeExecMeta } from './config-time-exec.meta.js';

export const configTimeExec = defineCheck<GradleModel>()({
  ...configTimeExecMeta,
  run(model, report) {
    for (const s of model.scripts)
      for (const e of s.configExecs)
        report({ messageId: 'exec', data: { file: s.path, call: e.call }, at: e.at, key: e.call });
  },
});
