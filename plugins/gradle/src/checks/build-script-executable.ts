/** Gradle scripts are programs run by every gradle command. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const buildScriptExecutable = defineCheck<GradleModel>()({
  id: 'build-script-executable',
  question: 'pre-install-execution',
  title: 'Gradle scripts run on every gradle command',
  description:
    'Every Gradle invocation — `gradle help`, `gradle dependencies`, an IDE sync — evaluates init, settings and build scripts, compiles and runs `buildSrc` and included builds, and starts its daemon with `org.gradle.jvmargs` from gradle.properties (a `-javaagent` there runs too, medium): they are programs, not declarations. On an untrusted checkout no gradle command is safe; inert reads the scripts as syntax trees instead.',
  severity: 'info',
  severityRule: [
    {
      severity: 'medium',
      when: 'gradle.properties starts the daemon with an agent, a boot class path, a system class loader or an `-XX:OnError`/`OnOutOfMemoryError` command: that code runs inside every build',
    },
    {
      severity: 'info',
      when: 'settings scripts, buildSrc, included builds and init scripts: build code in the checkout, run by every gradle command',
    },
  ],
  confidence: 'high',
  messages: {
    settings: '{file} is run by every gradle command in this build (settings are evaluated first)',
    buildSrc: '{dir}/ is compiled and run before any build script of this build',
    includedBuild:
      '{file} includes the build {target}: its settings and build scripts (often convention plugins) run too',
    jvmAgent: '{file} starts the Gradle daemon with {option}: that code runs inside every build',
    init: '{file} is an init script: passed with -I or copied to ~/.gradle/init.d, it runs before every build',
  },
  remediation:
    'Read settings scripts, buildSrc and included builds before running gradle on code you do not trust; run it in a sandbox without credentials.',
  limitations:
    'Plugins the scripts apply (from the plugin portal or included builds) also run; their code is not read.',
  reads: ['build-script', 'client-config'],
  examples: {
    bad: [
      'build-script-executable--settings-and-buildsrc',
      'build-script-executable--included-build-and-init',
      'build-script-executable--jvm-agent-and-plugins',
    ],
    good: ['clean--exec-inside-task-action'],
  },
  since: 'next',
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
