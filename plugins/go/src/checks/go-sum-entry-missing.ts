/** A required module version with no go.sum line. https://go.dev/ref/mod#go-sum-files */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';

export const goSumEntryMissing = defineCheck<GoModel>()({
  id: 'go-sum-entry-missing',
  question: 'lockfile-integrity',
  title: 'A required module version is not in go.sum',
  description:
    'go.mod requires a module version for which go.sum has neither the module hash nor the go.mod hash. The next command that needs it fetches it and, unless verification is off, asks the checksum database; the bytes were never pinned in the reviewed tree. (Since Go 1.17 go.sum may omit the zip hash of modules not needed for the build, so only a version with no line at all is reported.)',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    missing: '{module}@{version} is required by {file} and has no line in {sum}',
  },
  remediation: 'Run `go mod tidy` (or `go mod download`) and commit the updated go.sum.',
  limitations: 'Workspace modules whose sums live in go.work.sum are checked against that file too.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['go-sum-entry-missing--stale-sum'], good: ['clean--module-with-sums'] },
  since: 'next',
  run(model, report) {
    for (const mod of model.mods) {
      const sums = model.sums.filter((s) => s.dir === mod.dir || s.path.endsWith('go.work.sum'));
      const own = sums.find((s) => s.dir === mod.dir);
      if (!own) continue;
      for (const r of mod.requires) {
        const rep = mod.replaces.find((x) => x.oldPath === r.path && (!x.oldVersion || x.oldVersion === r.version));
        if (rep?.local) continue;
        const path = rep ? rep.newPath : r.path;
        const version = rep?.newVersion ?? r.version;
        if (sums.some((s) => s.entries.has(`${path} ${version}`))) continue;
        report({
          messageId: 'missing',
          data: { module: path, version, file: mod.path, sum: own.path },
          at: r.at,
          package: { name: r.path, version: r.version },
        });
      }
    }
  },
});
