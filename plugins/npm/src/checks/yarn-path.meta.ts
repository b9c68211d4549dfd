/** The metadata of npm/yarn-path: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const yarnPathMeta = {
  id: 'yarn-path',
  question: 'pre-install-execution',
  title: 'Yarn runs a checked-in JavaScript file on every command',
  description:
    '`yarnPath` in .yarnrc.yml (Yarn berry) or `yarn-path` in .yarnrc (Yarn classic) tells the globally installed yarn to hand over to the named file: every `yarn` command in the checkout, even `yarn --version` or `yarn install --ignore-scripts`, executes that JavaScript. It is the normal way to pin Yarn, and also a one-line way for a pull request to run arbitrary code on every developer and CI machine that types `yarn`.',
  severity: 'medium',
  confidence: 'high',
  messages: { yarnPath: '{file} sets {key} to {path}: every yarn command in this checkout runs that file' },
  remediation:
    'Review changes to the file like code (it is code); prefer Corepack with `packageManager: "yarn@x.y.z+sha512.…"`, which verifies a hash, over a checked-in release.',
  limitations: 'The file\u2019s content is not compared with an official Yarn release.',
  reads: ['client-config'],
  examples: { bad: ['yarn-path--berry-and-classic'], good: ['clean--yarn-berry-scripts-off'] },
  since: 'next',
} as const satisfies CheckMeta;
