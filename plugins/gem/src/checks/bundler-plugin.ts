/** Bundler plugins: code Bundler loads and runs, resolved outside the lock. https://bundler.io/guides/bundler_plugins.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { bundlerPluginMeta } from './bundler-plugin.meta.js';

export const bundlerPlugin = defineCheck<GemModel>()({
  ...bundlerPluginMeta,
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
