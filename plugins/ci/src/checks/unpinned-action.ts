/** Third-party actions referenced by a movable tag or branch. https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';

// GitHub's own actions are allowed to use tags (zizmor's default policy); everything else pins a SHA.
const FIRST_PARTY = /^(?:actions|github)\//;

export const unpinnedAction = defineCheck<CiModel>()({
  id: 'unpinned-action',
  question: 'own-supply-chain',
  title: 'A third-party action is referenced by tag or branch',
  description:
    'A workflow uses a third-party action (or reusable workflow) by a tag or branch (`@v4`, `@main`). Tags and branches move: whoever controls the action\u2019s repository can change the code that runs with this workflow\u2019s secrets and token (tj-actions/changed-files, March 2025). A full commit SHA cannot be moved. GitHub-owned `actions/*` and `github/*` are exempt, as in zizmor\u2019s default policy.',
  severity: 'low',
  confidence: 'high',
  messages: {
    tag: '`{uses}` is referenced by `{ref}`, which its owner can move; pin a full commit SHA',
  },
  remediation:
    'Pin to a full 40-character commit SHA with the version in a comment (`uses: owner/action@<sha> # v1.2.3`), and let Dependabot or Renovate update it.',
  limitations: 'Docker image actions (`docker://`) and local actions (`./`) are not judged here.',
  reads: ['ci'],
  examples: { bad: ['unpinned-action--tags-and-branches'], good: ['clean--trusted-publishing'] },
  since: 'next',
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
