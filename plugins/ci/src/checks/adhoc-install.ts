/** Ad-hoc installs of named packages at unpinned versions in CI. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { adhocInstallMeta } from './adhoc-install.meta.js';

export const adhocInstall = defineCheck<CiModel>()({
  ...adhocInstallMeta,
  run(model, report) {
    for (const v of model.verdicts) {
      if (v.verdict.classification !== 'adhoc') continue;
      report({
        messageId: 'adhoc',
        ecosystem: v.ecosystem,
        data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason },
        at: v.at,
        evidence: v.text,
        key: `${v.job ?? ''}:${v.text}`,
      });
    }
  },
});
