/** Workspace crates with build scripts or proc-macros: code run by every build. https://doc.rust-lang.org/cargo/reference/build-scripts.html */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';
import { buildScriptMeta } from './build-script.meta.js';

export const buildScript = defineCheck<CargoModel>()({
  ...buildScriptMeta,
  run(model, report) {
    const judged = model.packageBuildScript;
    if (judged) {
      const m = judged.manifest;
      const crate = m.name ?? m.path;
      const evidence = judged.analysis.evidence.find((e) => e.text !== '')?.text;
      report({
        messageId: judged.unread ? 'packageBuildUnread' : 'packageBuild',
        data: { crate, file: judged.file, summary: judged.analysis.summary },
        at: { doc: m.doc, route: m.buildScript!.route, part: 'key' },
        severity: judged.analysis.severity,
        ...(evidence ? { evidence } : {}),
        package: { name: crate },
        key: `${m.path}#build`,
      });
    }
    for (const m of model.manifests) {
      const crate = m.name ?? m.path;
      const script = m.buildScript;
      if (script && !(judged && judged.manifest === m)) {
        const messageId = script.declared === 'links' ? 'links' : 'build';
        report({
          messageId,
          data: { crate, file: script.file, links: m.links ?? '' },
          at: { doc: m.doc, route: script.route, part: 'key' },
          package: { name: crate },
          key: `${m.path}#build`,
        });
      }
      if (m.procMacro) {
        const route =
          m.doc.value.lib !== undefined && (m.doc.value.lib as Record<string, unknown>)['proc-macro'] !== undefined
            ? ['lib', 'proc-macro']
            : ['lib', 'proc_macro'];
        report({
          messageId: 'procMacro',
          data: { crate },
          at: { doc: m.doc, route, part: 'key' },
          package: { name: crate },
          key: `${m.path}#proc-macro`,
        });
      }
    }
  },
});
