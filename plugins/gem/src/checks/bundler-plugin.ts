/** Bundler plugins: code Bundler loads and runs, resolved outside the lock. https://bundler.io/guides/bundler_plugins.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const bundlerPlugin = defineCheck<GemModel>()({
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
  run(model, report) {
    for (const m of model.manifests)
      for (const p of m.plugins)
        report({ messageId: 'declared', data: { file: m.path, name: p.name }, at: p.at, package: { name: p.name } });
    for (const f of model.pluginFiles.filter(
      (p) => /\.bundle\/plugin\/index$/.test(p) || !model.pluginFiles.some((q) => /\.bundle\/plugin\/index$/.test(q)),
    )) {
      report({ messageId: 'committed', data: { file: f }, at: { file: f, line: 1, column: 1 }, key: f });
    }
  },
});
