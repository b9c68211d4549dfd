/** Ad-hoc installs of named packages at unpinned versions in CI. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';

export const adhocInstall = defineCheck<CiModel>()({
  id: 'adhoc-install',
  question: 'lockfile-integrity',
  title: 'CI installs a named package outside any lockfile',
  description:
    'A CI step installs a package by name at whatever version the registry serves today (`npm i -g x`, `pip install x`, `go install x@latest`, `cargo install x` without `--locked`/`--version`). No lock or hash covers it, so a compromised release reaches CI on its next run.',
  severity: 'low',
  confidence: 'high',
  messages: {
    adhoc: '{ecosystem}: `{command}` in job {job}: {reason}',
  },
  remediation:
    'Pin the version (and a hash where the client supports one), or declare the tool in a locked manifest (devDependencies, a tools go.mod, a requirements file with hashes).',
  limitations:
    'Versions pinned in variables are not resolved. `npx <name>` (or `npm exec`, `bunx`) is not ad hoc when an earlier command of the same job installed the project from its lockfile and `<name>` is a locked direct dependency of the project the command runs in; a binary named differently from its package (`npx tsc` from typescript) is still reported, and whether the install ran in the same directory is not checked.',
  reads: ['ci'],
  examples: {
    bad: ['adhoc-install--global-tools', 'adhoc-install--npx-not-installed'],
    good: ['clean--strict-installs', 'clean--npx-locked-dev-dependency'],
  },
  since: 'next',
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
