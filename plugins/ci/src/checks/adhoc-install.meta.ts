/** The metadata of ci/adhoc-install: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const adhocInstallMeta = {
  id: 'adhoc-install',
  question: 'lockfile-integrity',
  title: 'CI installs a named package outside any lockfile',
  description:
    'A CI step installs a package by name at whatever version the registry serves today (`npm i -g x`, `pip install x`, `go install x@latest`, `cargo install x` without `--locked`/`--version`). No lock or hash covers it, so a compromised release reaches CI on its next run.',
  severity: 'low',
  confidence: 'high',
  messages: {
    adhoc: '{ecosystem}: `{command}` in job {job}: {reason}',
  },
  remediation:
    'Pin the version (and a hash where the client supports one), or declare the tool in a locked manifest (devDependencies, a tools go.mod, a requirements file with hashes).',
  limitations:
    'Versions pinned in variables are not resolved. `npx <name>` (or `npm exec`, `bunx`) is not ad hoc when an earlier command of the same job installed the project from its lockfile and `<name>` is a locked direct dependency of the project the command runs in, or a binary the lock records as linked into a node_modules/.bin npx looks in (package-lock\u2019s `bin` maps of packages at the top of a node_modules on the way up, Yarn berry\u2019s with `nodeLinker: node-modules` and bun.lock\u2019s for direct dependencies), as libnpmexec resolves it. pnpm-lock (only `hasBin`), Yarn classic and package-lock v1 record no binary names: `npx tsc` there stays reported, its reason saying it is undeterminable; under Yarn Plug\u2019n\u2019Play there is no node_modules/.bin and every `npx` fetches. Whether the install ran in the same directory, or omitted dev dependencies, is not checked.',
  reads: ['ci'],
  examples: {
    bad: ['adhoc-install--global-tools', 'adhoc-install--npx-not-installed', 'adhoc-install--npx-binary-not-linked'],
    good: ['clean--strict-installs', 'clean--npx-locked-dev-dependency', 'clean--npx-locked-binaries'],
  },
  since: 'next',
} as const satisfies CheckMeta;
