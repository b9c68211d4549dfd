/** Locked registry packages with no wheel: installing them builds an sdist, which runs its code. https://packaging.python.org/en/latest/discussions/package-formats/ */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { sdistOnlyDependencyMeta } from './sdist-only-dependency.meta.js';

export const sdistOnlyDependency = defineCheck<PipModel>()({
  ...sdistOnlyDependencyMeta,
  run(model, report) {
    for (const lock of model.locks) {
      for (const entry of lock.entries) {
        if (entry.source !== 'registry' || !entry.files || entry.files.length === 0) continue;
        if (entry.files.some((f) => /\.whl$/i.test(f.name))) continue;
        report({
          messageId: 'sdistOnly',
          data: {
            name: entry.name,
            version: entry.version ?? '?',
            files: entry.files
              .map((f) => f.name)
              .slice(0, 3)
              .join(', '),
          },
          at: { doc: lock.doc, route: entry.route, part: 'key' },
          package: entry.version ? { name: entry.name, version: entry.version } : { name: entry.name },
        });
      }
    }
  },
});
