/** The metadata of gradle/build-script-executable: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const buildScriptExecutableMeta = {
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
} as const satisfies CheckMeta;
