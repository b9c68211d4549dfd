/** Publishing without provenance where the job could produce it. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { publishWithoutProvenanceMeta } from './publish-without-provenance.meta.js';

export const publishWithoutProvenance = defineCheck<CiModel>()({
  ...publishWithoutProvenanceMeta,
  run(model, report) {
    for (const v of model.verdicts) {
      if (v.verdict.action !== 'publish' || v.verdict.provenance !== false || !v.idToken) continue;
      report({
        messageId: 'missing',
        ecosystem: v.ecosystem,
        data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason },
        at: v.at,
        evidence: v.text,
        key: `${v.job ?? ''}:${v.text}`,
      });
    }
  },
});
