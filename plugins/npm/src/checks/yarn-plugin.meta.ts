/** The metadata of npm/yarn-plugin: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const yarnPluginMeta = {
  id: 'yarn-plugin',
  question: 'pre-install-execution',
  title: 'Yarn loads a plugin on every command',
  description:
    'Each entry of `plugins` in .yarnrc.yml is a JavaScript file Yarn berry loads before doing anything else, so every yarn command in the checkout runs it with the user\u2019s privileges. Entries with a `spec` URL were downloaded from that URL by `yarn plugin import`; the `checksum` Yarn records is checked on load, but only against what was downloaded then.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'a third-party plugin (`spec` is a URL or another name) or a checked-in file with no `spec`: code from outside Yarn\u2019s own releases',
    },
    {
      severity: 'low',
      when: 'an official plugin: `spec` is an `@yarnpkg/plugin-*` name, which `yarn plugin import` resolves to Yarn\u2019s own release of the plugin (the `path` alone proves nothing: any file can be named `.yarn/plugins/@yarnpkg/\u2026`)',
    },
  ],
  confidence: 'high',
  messages: {
    plugin: '{file} loads the Yarn plugin {path}{spec}: every yarn command runs it',
    official:
      '{file} loads the official Yarn plugin {spec} ({path}), imported from Yarn\u2019s own releases: every yarn command runs it',
  },
  remediation:
    'Review plugin files like code; prefer plugins bundled with Yarn \u2265 4 (no entry needed), and keep third-party ones pinned to a reviewed commit rather than a branch URL.',
  limitations: 'The plugin code itself is not analysed.',
  reads: ['client-config'],
  examples: {
    bad: ['yarn-path--berry-and-classic', 'yarn-plugin--official-and-third-party'],
    good: ['clean--yarn-berry-scripts-off'],
  },
  since: 'next',
} as const satisfies CheckMeta;
