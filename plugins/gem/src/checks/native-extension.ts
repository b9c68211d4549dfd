/** Gemspecs that build native extensions at install, and locked source variants of native gems. https://guides.rubygems.org/gems-with-extensions/ */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { nativeExtensionMeta } from './native-extension.meta.js';

export const nativeExtension = defineCheck<GemModel>()({
  ...nativeExtensionMeta,
  run(model, report) {
    for (const e of model.packageExtensions ?? []) {
      const evidence = e.analysis.evidence.find((x) => x.text !== '')?.text;
      report({
        messageId: e.unread ? 'packageExtensionUnread' : 'packageExtension',
        data: { file: e.at.file, script: e.file, summary: e.analysis.summary },
        at: e.at,
        severity: e.analysis.severity,
        ...(evidence ? { evidence } : {}),
        key: `${e.at.file}#${e.file}`,
      });
    }
    for (const m of model.manifests) {
      if (model.packageExtensions?.some((e) => e.at.file === m.path)) continue;
      for (const at of m.extensions) report({ messageId: 'extension', data: { file: m.path }, at, key: m.path });
    }
    for (const l of model.locks) {
      const binary = new Set(
        l.specs.filter((s) => s.section === 'GEM' && s.platform).map((s) => `${s.name} ${s.version}`),
      );
      const plain = l.specs.filter((s) => s.section === 'GEM' && !s.platform && binary.has(`${s.name} ${s.version}`));
      const first = plain[0];
      if (!first) continue;
      report({
        messageId: 'sourceVariant',
        data: { file: l.path, names: plain.map((s) => `${s.name} ${s.version}`).join(', ') },
        at: { file: l.path, line: first.line, column: 5 },
        related: plain.slice(1, 20).map((s) => ({ file: l.path, line: s.line, column: 5 })),
        key: l.path,
      });
    }
  },
});
