/** The metadata of npm/pnpmfile: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const pnpmfileMeta = {
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
} as const satisfies CheckMeta;
