/** `build-system.backend-path`: the build backend is imported from the checkout. https://peps.python.org/pep-0517/#in-tree-build-backends */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { inTreeBuildBackendMeta } from './in-tree-build-backend.meta.js';

export const inTreeBuildBackend = defineCheck<PipModel>()({
  ...inTreeBuildBackendMeta,
  run(model, report) {
    for (const t of model.tomls) {
      const paths = t.buildSystem.backendPath;
      if (paths.length === 0) continue;
      const at = { doc: t.doc, route: ['build-system', 'backend-path'], part: 'key' as const };
      const escaping = paths.filter((p) => /^(?:[A-Z]:)?[\\/]/i.test(p) || p.split(/[\\/]/).includes('..'));
      for (const entry of escaping) report({ messageId: 'escapes', data: { entry }, at, severity: 'high', key: entry });
      if (escaping.length === 0)
        report({
          messageId: 'inTree',
          data: { paths: JSON.stringify(paths), backend: t.buildSystem.backend ?? 'the backend' },
          at,
        });
    }
  },
});
