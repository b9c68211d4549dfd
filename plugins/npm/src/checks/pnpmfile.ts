/** `.pnpmfile.cjs`/`.mjs` (or the `pnpmfile` setting): hooks pnpm runs during resolution, even with scripts ignored. https://pnpm.io/pnpmfile */
import { defineCheck } from '@inert/core';
import { dirOf, isInside } from '../load/paths.js';
import { npmrcValue } from '../load/npmrc.js';
import type { NpmModel } from '../model.js';
import { pnpmfileMeta } from './pnpmfile.meta.js';

export const pnpmfile = defineCheck<NpmModel>()({
  ...pnpmfileMeta,
  run(model, report) {
    // pnpm loads the pnpmfile of lockfileDir (the workspace root): https://pnpm.io/pnpmfile
    const roots = [
      ...model.pnpmWorkspaces.map((w) => w.dir),
      ...model.lockfilePaths.filter((l) => l.endsWith('pnpm-lock.yaml')).map(dirOf),
    ];
    for (const p of model.pnpmfiles) {
      const hooks = p.hooks.length ? ` exporting ${p.hooks.join(', ')}` : p.readable ? '' : ' (could not be parsed)';
      const root = roots.find((r) => r !== p.dir && isInside(p.dir, r));
      report({
        messageId: root === undefined ? 'file' : 'nested',
        ...(root === undefined ? {} : { severity: 'info' as const }),
        data: { file: p.path, hooks, root: root === '' ? 'the checkout root' : (root ?? '') },
        at: { file: p.path, line: 1, column: 1 },
        key: p.path,
      });
    }
    for (const ws of model.pnpmWorkspaces) {
      if (typeof ws.value.pnpmfile !== 'string') continue;
      report({
        messageId: 'setting',
        data: { file: ws.path, path: ws.value.pnpmfile },
        at: { doc: ws.doc, route: ['pnpmfile'], part: 'value' },
        key: `${ws.path}#pnpmfile`,
      });
    }
    for (const rc of model.npmrcs) {
      const v = npmrcValue(rc, 'pnpmfile');
      if (!v || !model.lockfilePaths.some((l) => l.endsWith('pnpm-lock.yaml') && dirOf(l) === rc.dir)) continue;
      report({
        messageId: 'setting',
        data: { file: rc.path, path: v.value },
        at: { file: rc.path, line: v.line, column: v.column },
        key: `${rc.path}#pnpmfile`,
      });
    }
  },
});
