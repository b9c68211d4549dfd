/** Third-party actions referenced by a movable tag or branch. https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';
import { unpinnedActionMeta } from './unpinned-action.meta.js';

// GitHub's own actions are allowed to use tags (zizmor's default policy); everything else pins a SHA.
const FIRST_PARTY = /^(?:actions|github)\//;

export const unpinnedAction = defineCheck<CiModel>()({
  ...unpinnedActionMeta,
  run(model, report) {
    for (const step of model.actions) {
      if (step.uses.startsWith('./') || step.uses.startsWith('docker://') || FIRST_PARTY.test(step.uses)) continue;
      const at = step.uses.lastIndexOf('@');
      // A remote `uses:` without `@ref` is rejected by GitHub before it runs: nothing to judge.
      const ref = at < 0 ? '' : step.uses.slice(at + 1);
      if (!ref || /^[0-9a-f]{40}$/i.test(ref)) continue;
      report({
        messageId: 'tag',
        data: { uses: step.uses, ref },
        at: { file: step.file, line: step.line, column: step.column },
        evidence: step.uses,
        key: `${step.job ?? ''}:${step.uses}`,
      });
    }
  },
});
