/** Lock entries for registry or URL packages whose files carry no hash. https://python-poetry.org/docs/cli/#install · https://docs.astral.sh/uv/concepts/projects/sync/ */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { lockEntryWithoutHashMeta } from './lock-entry-without-hash.meta.js';

export const lockEntryWithoutHash = defineCheck<PipModel>()({
  ...lockEntryWithoutHashMeta,
  run(model, report) {
    for (const lock of model.locks) {
      for (const e of lock.entries) {
        if (e.source !== 'registry' && e.source !== 'url') continue;
        const at = { doc: lock.doc, route: e.route, part: 'key' as const };
        const pkg = e.version ? { name: e.name, version: e.version } : { name: e.name };
        const data = { name: e.name, version: e.version ?? '?', lock: lock.path };
        if (e.files === undefined) {
          if (e.hashes.length === 0) report({ messageId: 'noFiles', data, at, package: pkg });
          continue;
        }
        // uv writes no files for a `url` source whose hash lives in the URL fragment only.
        if (e.files.length === 0) {
          if (lock.tool !== 'uv')
            report({
              messageId: 'noFiles',
              data,
              at,
              package: pkg,
              ...(lock.tool === 'poetry' ? { severity: 'high' as const } : {}),
            });
          continue;
        }
        const bare = e.files.filter((f) => !f.hash);
        if (bare.length > 0) report({ messageId: 'missing', data: { ...data, count: bare.length }, at, package: pkg });
      }
    }
  },
});
