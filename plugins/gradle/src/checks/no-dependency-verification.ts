/** A Gradle build without dependency verification. https://docs.gradle.org/current/userguide/dependency_verification.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { noDependencyVerificationMeta } from './no-dependency-verification.meta.js';

export const noDependencyVerification = defineCheck<GradleModel>()({
  ...noDependencyVerificationMeta,
  run(model, report) {
    if (model.verification.length > 0) return;
    for (const s of model.scripts) {
      if (
        s.kind !== 'settings' ||
        s.dir.endsWith('buildSrc') ||
        model.scripts.some((o) => o.kind === 'settings' && o.dir !== s.dir && s.dir.startsWith(`${o.dir}/`))
      )
        continue;
      report({ messageId: 'none', data: { file: s.path }, at: { file: s.path, line: 1, column: 1 }, key: s.dir });
    }
  },
});
