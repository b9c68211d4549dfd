/** Installs in CI that may ignore or rewrite the lockfile. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { laxInstallMeta } from './lax-install.meta.js';

export const laxInstall = defineCheck<CiModel>()({
  ...laxInstallMeta,
  run(model, report) {
    for (const v of model.verdicts) {
      const undeterminable = v.verdict.undeterminable === true && v.verdict.action === 'install';
      if (v.verdict.classification !== 'lax' && !undeterminable) continue;
      const lockDisabled = !undeterminable && v.verdict.lockDisabled === true;
      const unlocked = !undeterminable && v.verdict.unlocked === true;
      report({
        messageId: undeterminable ? 'undeterminable' : lockDisabled ? 'lockDisabled' : unlocked ? 'unlocked' : 'lax',
        // A project whose lock is off fetches what any project without a lock fetches: the medium of a lax install.
        ...(undeterminable || unlocked ? { severity: 'low' as const } : {}),
        ecosystem: v.ecosystem,
        data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason },
        at: v.at,
        evidence: v.text,
        key: `${v.job ?? ''}:${v.text}`,
      });
    }
  },
});
