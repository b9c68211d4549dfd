/** A committed vendor/ tree, which go does not check against go.sum. https://go.dev/ref/mod#vendoring */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';

export const vendorUnverified = defineCheck<GoModel>()({
  id: 'vendor-unverified',
  question: 'lockfile-integrity',
  title: 'A vendor directory is built without checksum verification',
  description:
    'A committed `vendor/` tree (with `vendor/modules.txt`) is what `go build` compiles by default when go.mod says go 1.14 or later. go checks that modules.txt agrees with go.mod, but never hashes the vendored files against go.sum: an edit inside vendor/ is built silently. The finding also says when modules.txt lists versions that differ from go.mod.',
  severity: 'low',
  confidence: 'high',
  messages: {
    vendored: '{file} lists {count} vendored modules; their files are not checked against go.sum',
    stale: '{file} lists {module}@{listed} but {mod} requires {required}',
  },
  remediation:
    'Review vendor/ changes like source code, or verify it in CI with `go mod vendor` and `git diff --exit-code vendor/`.',
  limitations: 'The vendored files themselves are not read (vendor/ is skipped by the walk).',
  reads: ['lockfile', 'manifest'],
  examples: { bad: ['vendor-unverified--vendored'], good: ['clean--module-with-sums'] },
  since: 'next',
  run(model, report) {
    for (const v of model.vendors) {
      report({
        messageId: 'vendored',
        data: { file: v.path, count: v.modules.length },
        at: { file: v.path, line: 1, column: 1 },
        key: v.path,
      });
      const mod = model.mods.find((m) => m.dir === v.dir);
      for (const listed of v.modules) {
        const req = mod?.requires.find((r) => r.path === listed.path);
        if (mod && req && req.version !== listed.version) {
          report({
            messageId: 'stale',
            data: { file: v.path, module: listed.path, listed: listed.version, mod: mod.path, required: req.version },
            at: listed.at,
            package: { name: listed.path, version: listed.version },
          });
        }
      }
    }
  },
});
