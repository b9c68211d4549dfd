/** Dependency verification turned off, lenient, trusting everything, or on weak hashes. https://docs.gradle.org/current/userguide/dependency_verification.html#sec:disabling-verification */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { verificationWeakenedMeta } from './verification-weakened.meta.js';

export const verificationWeakened = defineCheck<GradleModel>()({
  ...verificationWeakenedMeta,
  run(model, report) {
    for (const p of model.properties) {
      for (const e of p.entries) {
        if (e.key === 'org.gradle.dependency.verification' && /^(?:off|lenient)$/i.test(e.value.trim()))
          report({
            messageId: 'mode',
            data: { file: p.path, key: e.key, value: e.value.trim() },
            at: { file: p.path, line: e.line, column: 1 },
            key: e.key,
          });
      }
    }
    for (const v of model.verification) {
      if (v.verifyMetadata && !v.verifyMetadata.value)
        report({
          messageId: 'metadata',
          data: { file: v.path },
          at: { file: v.path, line: v.verifyMetadata.line, column: 1 },
          key: 'verify-metadata',
        });
      for (const t of v.broadTrust)
        report({
          messageId: 'trust',
          data: { file: v.path, pattern: t.pattern },
          at: { file: v.path, line: t.line, column: 1 },
          key: `trust:${t.pattern}`,
        });
      if (v.strong === 0 && v.weak > 0)
        report({
          messageId: 'weak',
          severity: 'low',
          data: { file: v.path, weak: v.weak },
          at: { file: v.path, line: 1, column: 1 },
          key: 'weak',
        });
    }
  },
});
