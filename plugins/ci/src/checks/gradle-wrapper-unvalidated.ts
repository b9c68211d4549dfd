/** Workflows that run the Gradle wrapper without validating its jar. https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { gradleWrapperUnvalidatedMeta } from './gradle-wrapper-unvalidated.meta.js';

export const gradleWrapperUnvalidated = defineCheck<CiModel>()({
  ...gradleWrapperUnvalidatedMeta,
  run(model, report) {
    for (const w of model.workflows) {
      if (!w.gradlew || w.validatesWrapper) continue;
      report({ messageId: 'unvalidated', data: { file: w.path }, at: { file: w.path, ...w.gradlew }, key: w.path });
    }
  },
});
