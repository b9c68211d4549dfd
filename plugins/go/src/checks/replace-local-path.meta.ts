/** The metadata of go/replace-local-path: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const replaceLocalPathMeta = {
  id: 'replace-local-path',
  question: 'lockfile-integrity',
  title: 'A module is replaced by a local directory',
  description:
    'A `replace` directive in go.mod or go.work points a module at a directory. Code from a directory is never checked against go.sum or the checksum database: whatever is in that path (inside or outside the checkout) is built. Replacements outside the module tree are also invisible to reviewers of this repository.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the directory is outside the checkout (`../…` past its root, or absolute): what is built depends on the machine, and no reviewer of this repository sees it',
    },
    {
      severity: 'info',
      when: 'the directory is inside the checkout (the monorepo pattern, e.g. hashicorp/terraform’s 90 `./internal/…` replacements): its code is reviewed and versioned with the repository, so go.sum has nothing to add',
    },
  ],
  confidence: 'high',
  messages: {
    local:
      '{file} replaces {module} with the directory {target} inside the checkout: built from this repository’s own files, not checked against go.sum',
    outside:
      '{file} replaces {module} with {target}, a directory outside the checkout: what is built depends on the machine',
  },
  remediation:
    'Replace with a published, versioned module (or a go.work file for local development only), and keep replacements to directories inside the repository.',
  limitations:
    'Directories inside the checkout are code the reviewer can see and are reported as info, so a monorepo’s own module replacements do not bury real findings; whether the directory holds the module go.mod names is not checked.',
  reads: ['manifest'],
  examples: { bad: ['replace-local-path--sibling-and-outside'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;
