/** Gradle scripts are programs run by every gradle command. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { buildScriptExecutableMeta } from './build-script-executable.meta.js';

export const buildScriptExecutable = defineCheck<GradleModel>()({
  ...buildScriptExecutableMeta,
  run(model, report) {
    for (const s of model.scripts)
      if (s.kind === 'settings')
        report({
          messageId: 'settings',
          data: { file: s.path },
          at: { file: s.path, line: 1, column: 1 },
          key: s.path,
        });
    for (const s of model.scripts)
      if (s.kind === 'init')
        report({ messageId: 'init', data: { file: s.path }, at: { file: s.path, line: 1, column: 1 }, key: s.path });
    for (const s of model.scripts)
      for (const b of s.includedBuilds)
        report({
          messageId: 'includedBuild',
          data: { file: s.path, target: b.path ?? '(a computed path)' },
          at: b.at,
          key: `${s.path}:${b.path ?? b.at.line}`,
        });
    for (const p of model.properties) {
      for (const e of p.entries) {
        if (e.key !== 'org.gradle.jvmargs') continue;
        for (const m of e.value.matchAll(
          /-(?:javaagent|agentpath|agentlib|Xbootclasspath\/[ap]):\S*|-Djava\.system\.class\.loader=\S*|-XX:On(?:Error|OutOfMemoryError)=\S*/g,
        )) {
          report({
            messageId: 'jvmAgent',
            severity: 'medium',
            data: { file: p.path, option: m[0] },
            at: { file: p.path, line: e.line, column: 1 },
            key: m[0],
          });
        }
      }
    }
    for (const dir of new Set(model.buildSrc)) {
      const script = model.scripts.find((s) => s.dir === dir)!;
      report({ messageId: 'buildSrc', data: { dir }, at: { file: script.path, line: 1, column: 1 }, key: dir });
    }
  },
});
