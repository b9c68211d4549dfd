/** Installs in CI that may ignore or rewrite the lockfile. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';

export const laxInstall = defineCheck<CiModel>()({
  id: 'lax-install',
  question: 'lockfile-integrity',
  title: 'CI installs without the strict, lock-enforcing mode',
  description:
    'A CI step installs dependencies in a mode that may resolve versions afresh or rewrite the lockfile (`npm install` instead of `npm ci`, `cargo build` without `--locked`, `pip install -r` without hashes required, `bundle install` not frozen …). What CI builds and ships can then differ from what was reviewed in the lock. The ecosystem whose client rule matched is named in the finding.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    lax: '{ecosystem}: `{command}` in job {job}: {reason}',
  },
  remediation:
    'Use the client\u2019s strict install in CI (`npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable`, `cargo build --locked`, `pip install --require-hashes -r …`, `bundle config set frozen true`, `uv sync --locked`).',
  limitations:
    'Commands hidden behind variables, `eval` or scripts outside the checkout are listed in the inventory as `unknown`, not judged. Matrix values are read only from literal lists, one axis at a time; combinations are never expanded.',
  reads: ['ci'],
  examples: { bad: ['lax-install--npm-install-in-workflow'], good: ['clean--strict-installs'] },
  since: 'next',
  run(model, report) {
    for (const v of model.verdicts) {
      if (v.verdict.classification !== 'lax') continue;
      report({
        messageId: 'lax',
        ecosystem: v.ecosystem,
        data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason },
        at: v.at,
        evidence: v.text,
        key: `${v.job ?? ''}:${v.text}`,
      });
    }
  },
});
