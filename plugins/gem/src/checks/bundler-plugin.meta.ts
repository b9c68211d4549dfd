/** The metadata of gem/bundler-plugin: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const bundlerPluginMeta = {
  id: 'bundler-plugin',
  question: 'install-time-execution',
  title: 'A Bundler plugin runs inside bundle commands',
  description:
    'The Gemfile declares `plugin "…"`, or plugin code is committed under `.bundle/plugin/`. Bundler installs plugins outside Gemfile.lock (no version pin, no checksum) and loads them into every later bundle command, where they can hook installs.',
  severity: 'high',
  confidence: 'high',
  messages: {
    declared: '{file} declares Bundler plugin {name}: installed outside the lock and run by bundle',
    committed: '{file} is committed Bundler plugin code: bundle loads it',
  },
  remediation: 'Remove the plugin, or pin and review it; delete committed `.bundle/plugin/` directories.',
  limitations: 'What the plugin does is not analysed.',
  reads: ['manifest', 'build-script'],
  examples: {
    bad: ['bundler-plugin--declared-and-committed'],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;
