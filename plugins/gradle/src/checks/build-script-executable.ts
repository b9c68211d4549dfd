/** Gradle scripts are programs run by every gradle command. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const buildScriptExecutable = defineCheck<GradleModel>()({
  id: 'build-script-executable',
  question: 'pre-install-execution',
  title: 'Gradle scripts run on every gradle command',
  description:
    'Every Gradle invocation — `gradle help`, `gradle dependencies`, an IDE sync — evaluates init, settings and build scripts and compiles and runs `buildSrc`: they are programs, not declarations. On an untrusted checkout no gradle command is safe; inert reads the scripts as syntax trees instead.',
  severity: 'info',
  confidence: 'high',
  messages: {
    settings: '{file} is run by every gradle command in this build (settings are evaluated first)',
    buildSrc: '{dir}/ is compiled and run before any build script of this build',
  },
  remediation: 'Read settings scripts, buildSrc and included builds before running gradle on code you do not trust; run it in a sandbox without credentials.',
  limitations: 'Plugins the scripts apply (from the plugin portal or included builds) also run; their code is not read.',
  reads: ['build-script'],
  examples: { bad: ['build-script-executable--settings-and-buildsrc'], good: ['clean--exec-inside-task-action'] },
  since: 'next',
  run(model, report) {
    for (const s of model.scripts) if (s.kind === 'settings') report({ messageId: 'settings', data: { file: s.path }, at: { file: s.path, line: 1, column: 1 }, key: s.path });
    for (const dir of new Set(model.buildSrc)) {
      const script = model.scripts.find((s) => s.dir === dir)!;
      report({ messageId: 'buildSrc', data: { dir }, at: { file: script.path, line: 1, column: 1 }, key: dir });
    }
  },
});
