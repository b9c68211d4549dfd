/** Process and network calls evaluated at configuration time. https://docs.gradle.org/current/userguide/configuration_cache.html#config_cache:requirements:external_processes */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

export const configTimeExec = defineCheck<GradleModel>()({
  id: 'config-time-exec',
  question: 'pre-install-execution',
  title: 'A build script runs a process or reads a URL while it is configured',
  description:
    'A script calls `exec`/`javaexec`, `ProcessBuilder`, `Runtime.getRuntime().exec`, `"…".execute()` or creates a `URL` outside a task action (`doLast`/`doFirst`): it runs during configuration, i.e. on every gradle command including `help` and IDE syncs, before any task is chosen.',
  severity: 'high',
  confidence: 'medium',
  messages: {
    exec: '{file} calls {call} at configuration time: it runs on every gradle command',
  },
  remediation:
    'Move the call into a task action (doLast) or an Exec task, so it runs only when that task is requested; review what it runs.',
  limitations: 'Calls behind helper methods defined elsewhere (buildSrc, plugins) are not followed.',
  reads: ['build-script'],
  examples: {
    bad: ['config-time-exec--process-and-url'],
    good: ['clean--exec-inside-task-action', 'clean--kotlin-trailing-lambdas'],
  },
  since: 'next',
  run(model, report) {
    for (const s of model.scripts)
      for (const e of s.configExecs)
        report({ messageId: 'exec', data: { file: s.path, call: e.call }, at: e.at, key: e.call });
  },
});
