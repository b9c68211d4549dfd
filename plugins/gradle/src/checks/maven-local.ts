/** mavenLocal() in repositories. https://docs.gradle.org/current/userguide/supported_repository_types.html#sec:case-for-maven-local */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { mavenLocalMeta } from './maven-local.meta.js';

export const mavenLocal = defineCheck<GradleModel>()({
  ...mavenLocalMeta,
  run(model, report) {
    for (const s of model.scripts)
      for (const r of s.repos)
        if (r.kind === 'mavenLocal')
          report({
            messageId: 'local',
            ...(r.filtered ? { severity: 'low' as const } : {}),
            data: { file: s.path, scope: r.scope },
            at: r.at,
            key: `${r.scope}:${r.block}`,
          });
  },
});
