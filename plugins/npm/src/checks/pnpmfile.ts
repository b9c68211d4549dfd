/** `.pnpmfile.cjs`/`.mjs` (or the `pnpmfile` setting): hooks pnpm runs during resolution, even with scripts ignored. https://pnpm.io/pnpmfile */
import { defineCheck } from '@inert/core';
import { dirOf, isInside } from '../load/paths.js';
import { npmrcValue } from '../load/npmrc.js';
import type { NpmModel } from '../model.js';

export const pnpmfile = defineCheck<NpmModel>()({
  id: 'pnpmfile',
  question: 'pre-install-execution',
  title: 'pnpm runs a checked-in hooks file during install',
  description:
    'pnpm loads `.pnpmfile.cjs` (`.pnpmfile.mjs` in pnpm \u2265 11) from the workspace root, or the file named by the `pnpmfile` setting, and runs its hooks (`readPackage`, `afterAllResolved`, \u2026) while resolving: `pnpm install --ignore-scripts` still executes it, and so do `pnpm add`, `pnpm update` and lockfile-only installs. A hook can also rewrite any dependency\u2019s manifest before it is locked. inert reads which hooks it exports without loading it.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the hooks file is at a pnpm project root (no pnpm-workspace.yaml or pnpm-lock.yaml in a directory above it), or a setting names one',
    },
    {
      severity: 'info',
      when: 'the hooks file is inside a pnpm workspace below its root: pnpm loads the pnpmfile beside the lockfile (the workspace root), so installs of the workspace do not run it',
    },
  ],
  confidence: 'high',
  messages: {
    file: '{file} is a pnpm hooks file{hooks}: pnpm runs it on install, even with --ignore-scripts',
    nested:
      '{file} is a pnpm hooks file{hooks} inside the pnpm workspace rooted at {root}: pnpm loads only the pnpmfile beside the workspace lockfile, so it runs only if someone installs in its directory alone',
    setting: '{file} sets pnpmfile to {path}: pnpm runs that file on install, even with --ignore-scripts',
  },
  remediation:
    'Review the hooks file like code on every change; if it is not needed, delete it. Run untrusted checkouts with `--ignore-pnpmfile`.',
  limitations:
    'Hooks are found by name in object literals; computed exports are not resolved. `globalPnpmfile` in user config is not seen.',
  reads: ['build-script', 'client-config'],
  examples: {
    bad: ['pnpmfile--hooks-and-setting', 'pnpmfile--workspace-root-and-member'],
    good: ['clean--pnpm-v9-workspace'],
  },
  since: 'next',
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
