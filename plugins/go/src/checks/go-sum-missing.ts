/** A go.mod with requirements and no go.sum. https://go.dev/ref/mod#go-sum-files */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';

export const goSumMissing = defineCheck<GoModel>()({
  id: 'go-sum-missing',
  question: 'lockfile-integrity',
  title: 'A module has requirements and no go.sum',
  description:
    'A go.mod requires modules and no go.sum sits beside it (nor a go.work.sum for a workspace). The first build fetches every module and trusts the checksum database alone, and a build with `-mod=mod` or `GOFLAGS=-mod=mod` can add entries nobody reviewed.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} requires {count} modules and there is no go.sum beside it',
  },
  remediation: 'Run `go mod tidy` and commit go.sum.',
  limitations: 'A module used only inside a go.work workspace may keep its sums in go.work.sum.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['go-sum-missing--no-sums'], good: ['clean--module-with-sums'] },
  since: 'next',
  run(model, report) {
    for (const mod of model.mods) {
      const required = mod.requires.filter((r) => !mod.replaces.some((x) => x.local && x.oldPath === r.path));
      if (required.length === 0) continue;
      if (
        model.sums.some(
          (s) => s.dir === mod.dir || (s.path.endsWith('go.work.sum') && model.works.some((w) => w.dir === s.dir)),
        )
      )
        continue;
      report({
        messageId: 'missing',
        data: { file: mod.path, count: required.length },
        at: required[0]!.at,
        key: mod.path,
      });
    }
  },
});
