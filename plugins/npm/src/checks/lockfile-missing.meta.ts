/** The metadata of npm/lockfile-missing: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const lockfileMissingMeta = {
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'Dependencies are declared but nothing is locked',
  description:
    'A package.json declares dependencies, and neither its directory nor a workspace root that includes it has a lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock). Every install resolves ranges afresh: a newly published (or hijacked) version is picked up without review, and no content hash is checked.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the package.json is a project of the checkout: nothing locks what its install resolves',
    },
    {
      severity: 'low',
      when: 'the package.json sits inside the published `files` of a package.json above it (`"files": ["template-*"]`, as create-vite ships 16 project templates): it is content a scaffolding tool copies out, and the scaffolded project\u2019s own first install writes its lock',
    },
  ],
  confidence: 'high',
  messages: {
    missing: '{package} declares {dependencies} and has no lockfile: every install resolves versions afresh',
    template:
      '{package} declares {dependencies} and has no lockfile, but it is published content of {parent} (`files`: `{pattern}`): a template its users copy out, whose first install resolves versions afresh and writes their lock',
    disabled: '{package} declares {dependencies} and {npmrc} sets package-lock=false: no lockfile is ever written',
  },
  remediation:
    'Commit the lockfile your client writes (`npm install --package-lock-only`), and install with `npm ci` in CI.',
  limitations:
    'A package that is only published (a library) may leave its lockfile out on purpose; its consumers lock it. A template is recognised only by the `files` of a package.json above it (the first 1,000 entries of each), not by how a scaffolding tool copies it. Workspace membership is read from package.json `workspaces`, pnpm-workspace.yaml presence and package-lock `packages` keys.',
  reads: ['manifest', 'lockfile', 'client-config'],
  examples: {
    bad: ['lockfile-missing--no-lock', 'lockfile-missing--package-lock-false', 'lockfile-missing--published-template'],
    good: ['clean--npm-ci-with-lockfile', 'clean--workspace-member-shares-root-lock'],
  },
  since: 'next',
} as const satisfies CheckMeta;
